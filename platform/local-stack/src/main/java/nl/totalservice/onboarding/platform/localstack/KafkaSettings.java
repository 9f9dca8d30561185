package nl.totalservice.onboarding.platform.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The Kafka client settings of the ops tools, read exactly as the services read theirs: every
 * {@code KAFKA_*} environment variable ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM},
 * {@code KAFKA_SASL_JAAS_CONFIG}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}, ...) and, when given, a file of
 * {@code kafka.*} properties (a service's own lines can be copied into it); the file wins.
 */
final class KafkaSettings {

    private KafkaSettings() {
    }

    /** Client properties without the {@code kafka.} prefix. */
    static Map<String, String> read(Map<String, String> environment, Path file) {
        Map<String, String> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
                settings.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Kafka settings in " + file, e);
            }
            properties.stringPropertyNames().stream().filter(name -> name.startsWith("kafka."))
                    .forEach(name -> settings.put(name.substring("kafka.".length()), properties.getProperty(name)));
        }
        return settings;
    }
}
