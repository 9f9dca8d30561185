package nl.totalservice.onboarding.portal.signin;

import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OidcSignInResourceTest {

    private static final Instant EXPIRES = Instant.parse("2026-07-01T17:00:00Z");
    private static final String FIRM = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";

    @Test
    void aPartnerSignsInAsItsFirmWithItsOwnAccessToken() {
        assertThat(OidcSignInResource.session(Set.of("partner"), FIRM, "anna@noorderlicht.example", "access", EXPIRES))
                .contains(new Session(Role.PARTNER, "anna@noorderlicht.example", UUID.fromString(FIRM), null, "access",
                        EXPIRES));
    }

    @Test
    void aPartnerWithoutAFirmOrWithAnUnreadableOneAndAnAccountWithoutAPortalRoleAreRefused() {
        assertThat(OidcSignInResource.session(Set.of("partner"), null, "a@x.nl", "access", EXPIRES)).isEmpty();
        assertThat(OidcSignInResource.session(Set.of("partner"), "firm-7", "a@x.nl", "access", EXPIRES)).isEmpty();
        assertThat(OidcSignInResource.session(Set.of("ops"), null, "o@x.nl", "access", EXPIRES)).isEmpty();
    }

    @Test
    void otherRolesCarryNoFirmEvenWhenTheTokenNamesOne() {
        assertThat(OidcSignInResource.session(Set.of("coordinator"), FIRM, "c@x.nl", "access", EXPIRES))
                .get().extracting(Session::role, Session::partnerId).containsExactly(Role.COORDINATOR, null);
    }
}
