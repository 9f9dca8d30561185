package nl.totalservice.onboarding.portal.session;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.portal.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class SessionCookieTest {

    @Inject
    SessionCookie cookies;

    @Test
    void aSessionComesBackFromItsCookieButNotWhenTamperedWithOrExpired() {
        Session session = new Session(Role.PARTNER, "anna@noorderlicht.example", UUID.randomUUID(), "Noorderlicht",
                "header.payload.signature", Instant.now().plusSeconds(3600));
        String value = cookies.write(session).getValue();

        assertThat(cookies.read(value)).contains(session);
        assertThat(value).doesNotContain("anna").doesNotContain("payload");
        char flipped = value.charAt(20) == 'A' ? 'B' : 'A';
        assertThat(cookies.read(value.substring(0, 20) + flipped + value.substring(21))).isEmpty();
        Session expired = new Session(Role.SALES, "s@x.nl", null, null, "t", Instant.now().minusSeconds(1));
        assertThat(cookies.read(cookies.write(expired).getValue())).isEmpty();
    }
}
