package nl.totalservice.onboarding.task;

import nl.totalservice.onboarding.platform.testing.contract.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheHouseRules() {
        ArchitectureRules.check("task");
    }
}
