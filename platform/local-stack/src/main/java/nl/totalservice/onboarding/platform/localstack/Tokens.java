package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Development tokens for the local stack (signed with the DEV key: not for production). */
final class Tokens {

    private Tokens() {
    }

    /** {@code token <role> [email] [partnerId]}: prints one token; returns the exit code. */
    static int print(List<String> command) {
        if (command.size() < 2 || !command.get(0).equals("token")) {
            System.err.println(LaunchOptions.USAGE);
            return 2;
        }
        String role = command.get(1);
        if (!List.of("sales", "coordinator", "partner", "ops").contains(role)) {
            System.err.println("Unknown role " + role + " (sales, coordinator, partner, ops)");
            return 2;
        }
        String email = command.size() > 2 ? command.get(2) : role + "@example.nl";
        String partnerId = command.size() > 3 ? command.get(3) : null;
        if (role.equals("partner")) {
            if (partnerId == null) {
                System.err.println("A partner token needs the partner id: token partner <email> <partnerId>");
                return 2;
            }
            try {
                UUID.fromString(partnerId);
            } catch (IllegalArgumentException e) {
                System.err.println("Not a partner id (UUID): " + partnerId);
                return 2;
            }
        }
        System.out.println(DevTokens.token(email, role, partnerId, Duration.ofDays(7)));
        return 0;
    }

    /** Writes {@code tokens.env} (export lines per role) into the data directory. */
    static Path writeEnvFile(Path dataDir) throws IOException {
        Path file = dataDir.resolve("tokens.env");
        String content = "# Development tokens (DEV key, not for production), valid 12 hours. Use: source " + file + "\n"
                + "export SALES_TOKEN=" + LocalStack.token("sales") + "\n"
                + "export COORDINATOR_TOKEN=" + LocalStack.token("coordinator") + "\n"
                + "export OPS_TOKEN=" + LocalStack.token("ops") + "\n";
        Files.writeString(file, content);
        return file;
    }
}
