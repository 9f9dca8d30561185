package nl.totalservice.onboarding.platform.web.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each distinct bearer token once, then answers from memory until it expires: a sales
 * system sends the same token with every request, and the RSA signature check was the largest
 * single cost of a request. The key is the whole token (signature included), so only a token
 * that passed verification is ever answered from here, and only until its {@code exp}; a token
 * that fails verification is never remembered. Every service that uses platform-web gets it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** Bound on remembered tokens; when full, it starts afresh (tokens are simply verified again). */
    static final int CAPACITY = 10_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null && !expired(known)) {
            return known;
        }
        JsonWebToken parsed = super.parse(token);
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(token, parsed);
        return parsed;
    }

    /** Stricter than the verifier (no clock skew): an expired token is verified again, and refused there. */
    private static boolean expired(JsonWebToken token) {
        return token.getExpirationTime() <= Instant.now().getEpochSecond();
    }
}
