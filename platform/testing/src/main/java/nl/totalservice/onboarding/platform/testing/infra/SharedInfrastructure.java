package nl.totalservice.onboarding.platform.testing.infra;

/**
 * One PostgreSQL server, one Kafka broker and one SMTP server per JVM, started on first use and
 * stopped when the JVM exits: every test class of a module shares them.
 */
public final class SharedInfrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static SmtpServer smtp;

    private SharedInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.startForTests();
            PostgresServer started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-postgres"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.startForTests();
            KafkaBroker started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-kafka"));
        }
        return kafka;
    }

    public static synchronized SmtpServer smtp() {
        if (smtp == null) {
            smtp = SmtpServer.start(0);
            SmtpServer started = smtp;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-smtp"));
        }
        return smtp;
    }
}
