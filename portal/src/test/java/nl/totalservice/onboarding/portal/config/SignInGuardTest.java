package nl.totalservice.onboarding.portal.config;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInGuardTest {

    @Test
    void aProductionPortalRefusesDevelopmentSignInUnlessItIsExplicitlyAllowed() {
        assertThatThrownBy(() -> SignInGuard.check(LaunchMode.NORMAL, SignInMode.DEVELOPMENT, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portal.sign-in=oidc");
        assertThatCode(() -> SignInGuard.check(LaunchMode.NORMAL, SignInMode.DEVELOPMENT, true)).doesNotThrowAnyException();
        assertThatCode(() -> SignInGuard.check(LaunchMode.NORMAL, SignInMode.OIDC, false)).doesNotThrowAnyException();
        assertThatCode(() -> SignInGuard.check(LaunchMode.DEVELOPMENT, SignInMode.DEVELOPMENT, false)).doesNotThrowAnyException();
    }
}
