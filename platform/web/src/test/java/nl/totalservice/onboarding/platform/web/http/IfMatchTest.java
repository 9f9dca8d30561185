package nl.totalservice.onboarding.platform.web.http;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void noHeaderBlankOrStarMeansNoPrecondition() {
        assertThat(IfMatch.expectedVersion(null)).isNull();
        assertThat(IfMatch.expectedVersion("  ")).isNull();
        assertThat(IfMatch.expectedVersion("*")).isNull();
    }

    @Test
    void quotedWeakAndBareTagsAreRead() {
        assertThat(IfMatch.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion("W/\"12\"")).isEqualTo(12L);
        assertThat(IfMatch.expectedVersion(" 7 ")).isEqualTo(7L);
    }

    @Test
    void anUnreadableTagIsA400NamingTheHeader() {
        assertThatThrownBy(() -> IfMatch.expectedVersion("\"abc\""))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.getMessage()).startsWith("If-Match:");
                });
    }

    @Test
    void aStaleVersionIsRefusedWith412AndTheCurrentOneOrNoneIsAccepted() {
        IfMatch.check("\"4\"", 4);
        IfMatch.check("*", 4);
        IfMatch.check((String) null, 4);
        assertThatThrownBy(() -> IfMatch.check("\"3\"", 4))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(412));
    }

    @Test
    void theTagOfAVersionIsItsNumberQuoted() {
        assertThat(IfMatch.tag(5).toString()).isEqualTo("\"5\"");
    }
}
