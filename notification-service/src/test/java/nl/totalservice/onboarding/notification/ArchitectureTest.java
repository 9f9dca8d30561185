package nl.totalservice.onboarding.notification;

import nl.totalservice.onboarding.platform.testing.contract.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheHouseRules() {
        ArchitectureRules.check("notification");
    }
}
