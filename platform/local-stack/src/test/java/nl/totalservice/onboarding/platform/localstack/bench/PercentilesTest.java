package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    private static final long MS = 1_000_000;

    @Test
    void takesPercentilesByNearestRankInMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> i * MS).toArray();

        Percentiles percentiles = Percentiles.of(nanos, 0);

        assertThat(percentiles.p50()).isEqualTo(50.0);
        assertThat(percentiles.p95()).isEqualTo(95.0);
        assertThat(percentiles.p99()).isEqualTo(99.0);
        assertThat(percentiles.max()).isEqualTo(100.0);
        assertThat(percentiles.describe()).isEqualTo("p50 50.0 / p95 95.0 / p99 99.0 / max 100 ms  (100 samples)");
    }

    @Test
    void countsAStepThatNeverHappenedAsLaterThanEveryOther() {
        long[] nanos = LongStream.rangeClosed(1, 98).map(i -> i * MS).toArray();

        Percentiles percentiles = Percentiles.of(nanos, 2);

        assertThat(percentiles.p95()).isEqualTo(95.0);
        assertThat(percentiles.p99()).as("rank 99 of 100 falls on a missing one").isNull();
        assertThat(percentiles.max()).isNull();
        assertThat(percentiles.describe()).contains("p99 n/r", "2 NOT REACHED");
        assertThat(percentiles.toMap()).containsEntry("notReached", 2).containsEntry("p99Ms", null);
    }

    @Test
    void saysSoWhenThereIsNothingToMeasure() {
        Percentiles percentiles = Percentiles.of(new long[0], 0);

        assertThat(percentiles.p50()).isNull();
        assertThat(percentiles.describe()).isEqualTo("no samples");
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] nanos = {3 * MS, 1 * MS, 2 * MS};

        Percentiles.of(nanos, 0);

        assertThat(nanos).containsExactly(3 * MS, 1 * MS, 2 * MS);
    }
}
