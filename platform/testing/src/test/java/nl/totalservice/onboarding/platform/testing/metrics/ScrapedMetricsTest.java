package nl.totalservice.onboarding.platform.testing.metrics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrapedMetricsTest {

    private static final String SCRAPE = """
            # HELP outbox_backlog Events recorded but not yet published to Kafka
            # TYPE outbox_backlog gauge
            outbox_backlog 3.0
            # TYPE inbox_events_handled_total counter
            inbox_events_handled_total{consumer="partner-matching",type="LeadInterestRecorded"} 12.0
            inbox_events_handled_total{consumer="lead-progress",type="TaskAssigned"} 2.0 # {span_id="9d21fea49592e945",trace_id="46c7341309cc465eed54a3c61d616b20"} 1.0 1796265241.902
            kafka_consumer_fetch_manager_records_lag{client_id="kafka-consumer-lead-events",kafka_version="4.1.2",partition="0",topic="lead-events"} NaN
            label_with_escapes{note="say \\"hi\\", twice"} 1.0
            """;

    @Test
    void readsSamplesWithAndWithoutLabelsAndIgnoresExemplars() {
        ScrapedMetrics metrics = ScrapedMetrics.parse(SCRAPE);

        assertThat(metrics.value("outbox_backlog")).contains(3.0);
        assertThat(metrics.value("inbox_events_handled_total", Map.of("consumer", "partner-matching"))).contains(12.0);
        assertThat(metrics.all("inbox_events_handled_total")).hasSize(2);
        assertThat(metrics.value("inbox_events_handled_total", Map.of("consumer", "lead-progress"))).contains(2.0);
        assertThat(metrics.value("kafka_consumer_fetch_manager_records_lag", Map.of("topic", "lead-events")))
                .hasValueSatisfying(value -> assertThat(value).isNaN());
        assertThat(metrics.all("label_with_escapes").get(0).labels()).containsEntry("note", "say \\\"hi\\\", twice");
        assertThat(metrics.value("absent_metric")).isEmpty();
    }

    @Test
    void refusesToChooseBetweenSeveralSamples() {
        ScrapedMetrics metrics = ScrapedMetrics.parse(SCRAPE);

        assertThatThrownBy(() -> metrics.value("inbox_events_handled_total")).isInstanceOf(IllegalStateException.class);
    }
}
