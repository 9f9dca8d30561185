package nl.totalservice.onboarding.platform.localstack.faults;

import nl.totalservice.onboarding.platform.testing.infra.KafkaBroker;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One piece of the fault suite's infrastructure in a JVM of its own, so that it can be killed alone.
 * {@code postgres <data dir> <port> <database>...}: starts the durable PostgreSQL server (its postmaster
 * is a process of its own, found by its {@code postmaster.pid}) and creates the databases;
 * {@code kafka <log dir> <port>}: runs the KRaft broker in this JVM. Prints {@code READY} when it
 * serves; stops (the broker cleanly) when its standard input closes.
 */
public final class InfraMain {

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        AutoCloseable running;
        if (args[0].equals("postgres")) {
            PostgresServer postgres = PostgresServer.startPersistent(dir, port);
            Arrays.stream(args).skip(3).forEach(postgres::createDatabase);
            running = () -> { }; // the postmaster is stopped by its pid (fast shutdown or SIGKILL), not by this JVM
        } else {
            running = KafkaBroker.startPersistent(dir, port, 3);
        }
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait until the suite closes our input
        }
        running.close();
        System.exit(0);
    }
}
