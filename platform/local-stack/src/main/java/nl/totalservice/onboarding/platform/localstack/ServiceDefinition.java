package nl.totalservice.onboarding.platform.localstack;

import java.util.List;

/** One of the four services (or the portal) as the local stack (and the end-to-end tests) run it. */
public record ServiceDefinition(String name, int port, String database) {

    /** The four services on their standard ports. */
    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("lead-service", 8081, "leads"),
            new ServiceDefinition("partner-service", 8082, "partners"),
            new ServiceDefinition("task-service", 8083, "tasks"),
            new ServiceDefinition("notification-service", 8084, "notifications"));

    /** The web portal: no database of its own, it calls the four services' REST APIs. */
    public static final ServiceDefinition PORTAL = new ServiceDefinition("portal", 8080, null);

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The same service on another port. */
    public ServiceDefinition onPort(int otherPort) {
        return new ServiceDefinition(name, otherPort, database);
    }
}
