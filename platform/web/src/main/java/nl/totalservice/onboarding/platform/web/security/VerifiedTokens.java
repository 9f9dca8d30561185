package nl.totalservice.onboarding.platform.web.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each distinct bearer token once, then answers from memory for a while: a sales system
 * sends the same token with every request, and the RSA signature check was the largest single cost
 * of a request. The key is the whole token (signature included), so only a token that passed
 * verification is ever answered from here; a token that fails verification is never remembered.
 *
 * <p>A token is remembered until its {@code exp} (stricter than the verifier, which allows clock
 * skew) and never longer than {@link #REMEMBER_AT_MOST}: a change of the verification keys (a key
 * rotated out of the identity provider's JWKS) reaches a token already seen within that time.
 * Every service that uses platform-web gets it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** Bound on remembered tokens; when full, the lapsed ones go first, then all of them. */
    static final int CAPACITY = 10_000;
    /** How long a verified token is answered from memory at the most. */
    static final Duration REMEMBER_AT_MOST = Duration.ofMinutes(5);

    private record Remembered(JsonWebToken token, long untilEpochSecond) {
    }

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = Instant.now().getEpochSecond();
        Remembered known = verified.get(token);
        if (known != null) {
            if (now < known.untilEpochSecond()) {
                return known.token();
            }
            verified.remove(token);
        }
        JsonWebToken parsed = super.parse(token);
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(remembered -> now >= remembered.untilEpochSecond());
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, new Remembered(parsed, Math.min(parsed.getExpirationTime(),
                now + REMEMBER_AT_MOST.toSeconds())));
        return parsed;
    }
}
