package nl.totalservice.onboarding.platform.localstack;

import java.nio.file.Path;
import java.util.Map;

/** What a newcomer needs once the stack is up. */
final class Banner {

    private Banner() {
    }

    static void ready(LaunchOptions options, String kafka, Path tokens, long seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n==================================================================================\n");
        out.append(" Total service onboarding is running (ready in ").append(seconds).append(" s). Ctrl-C stops everything.\n");
        out.append("==================================================================================\n\n");
        out.append(" Services (API, Swagger UI, health):\n");
        LocalStack.services().forEach(service -> out.append(String.format("   %-21s %s/api   %s/q/swagger-ui   %s/q/health%n",
                service.name(), service.baseUrl(), service.baseUrl(), service.baseUrl())));
        out.append("\n Portal (partners, coordinator, sales): ").append(ServiceDefinition.PORTAL.baseUrl())
                .append("   (development sign-in: pick a role and a partner)\n");
        out.append("\n Emails the system sends:   http://localhost:").append(options.mailViewerPort())
                .append("   (SMTP on localhost:").append(options.smtpPort()).append(")\n");
        out.append(" Kafka bootstrap:           ").append(kafka).append("   topics lead-events, partner-events, task-events, notification-events (+ .dlq)\n");
        out.append(" PostgreSQL:                jdbc:postgresql://localhost:").append(options.postgresPort())
                .append("/<leads|partners|tasks|notifications>  user postgres\n");
        out.append(" Logs:                      ").append(options.dataDir().resolve("logs")).append("\n\n");
        out.append(" Tokens (DEV key, not for production; also in ").append(tokens).append("):\n");
        for (String role : new String[] {"sales", "coordinator", "ops"}) {
            out.append("   ").append(role).append(":\n     ").append(LocalStack.token(role)).append("\n");
        }
        out.append("   partner: ./run-local.sh token partner <email> <partnerId>   (the partner id comes from partner-service)\n\n");
        out.append(" Try:  source ").append(tokens).append("\n");
        out.append("       curl -H \"Authorization: Bearer $SALES_TOKEN\" http://localhost:8081/api/me\n");
        out.append(" The README's tour walks through a whole lead.\n");
        System.out.println(out);
    }

    static void infraOnly(LaunchOptions options, String kafka, Map<String, String> environment) {
        StringBuilder out = new StringBuilder();
        out.append("\n Infrastructure only (no services). Ctrl-C stops it.\n");
        out.append(" Kafka ").append(kafka).append(", PostgreSQL port ").append(options.postgresPort())
                .append(", SMTP port ").append(options.smtpPort()).append(", mail viewer http://localhost:")
                .append(options.mailViewerPort()).append("\n\n Run a service against it, e.g.:\n");
        environment.forEach((name, value) -> out.append("   export ").append(name).append('=').append(value).append('\n'));
        out.append("   export QUARKUS_HTTP_PORT=18081\n");
        out.append("   java -jar lead-service/target/quarkus-app/quarkus-run.jar\n");
        System.out.println(out);
    }
}
