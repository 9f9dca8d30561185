package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoldsTest {

    @Test
    void holdsWhenNearlyEverythingCompletesFastAndNothingPilesUp() {
        Holds holds = Holds.judge(100, 96, 850.0, 80, 120);

        assertThat(holds.held()).isTrue();
        assertThat(holds.reasons()).isEmpty();
    }

    @Test
    void failsWhenFewerThanNinetyFivePercentComplete() {
        Holds holds = Holds.judge(100, 94.9, 100.0, 50, 50);

        assertThat(holds.held()).isFalse();
        assertThat(holds.reasons()).containsExactly("completed 94.9 flows/s < 95 % of offered 100.0");
    }

    @Test
    void failsWhenTheTaskTakesASecondOrNeverComes() {
        assertThat(Holds.judge(10, 10, 1000.0, 0, 0).reasons()).containsExactly("p99 interest -> task 1000 ms >= 1000 ms");
        assertThat(Holds.judge(10, 10, null, 0, 0).reasons()).containsExactly("p99 interest -> task not reached >= 1000 ms");
    }

    @Test
    void failsWhenTheFlowsInProgressGrowByMoreThanOneSecondOfArrivals() {
        assertThat(Holds.judge(100, 100, 200.0, 100, 200).held()).isTrue();
        assertThat(Holds.judge(100, 100, 200.0, 100, 201).reasons())
                .containsExactly("flows in progress grew from 100 to 201 (more than 100)");
        assertThat(Holds.judge(5, 5, 200.0, 0, 21).held()).as("at least 20 allowed at low rates").isFalse();
        assertThat(Holds.judge(5, 5, 200.0, 0, 20).held()).isTrue();
    }
}
