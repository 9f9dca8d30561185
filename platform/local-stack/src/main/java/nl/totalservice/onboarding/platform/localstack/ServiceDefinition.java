package nl.totalservice.onboarding.platform.localstack;

import java.util.List;

/** One of the four services as the local stack runs it. */
record ServiceDefinition(String name, int port, String database) {

    static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("lead-service", 8081, "leads"),
            new ServiceDefinition("partner-service", 8082, "partners"),
            new ServiceDefinition("task-service", 8083, "tasks"),
            new ServiceDefinition("notification-service", 8084, "notifications"));

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
