package nl.totalservice.onboarding.platform.testing.jwt;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Mints bearer tokens signed with the DEVELOPMENT key pair, for tests and the local stack.
 * NOT FOR PRODUCTION: the private key is in this repository, so anyone can mint these tokens.
 * Production verifies tokens of the real identity provider (see the services' JWT settings).
 */
public final class DevTokens {

    /** Issuer the services expect in dev and test ({@code mp.jwt.verify.issuer}); elsewhere set explicitly. */
    public static final String ISSUER = "https://dev.onboarding.totalservice.nl";
    /** The development public key on every service's class path ({@code mp.jwt.verify.publickey.location}). */
    public static final String PUBLIC_KEY_LOCATION = "dev-jwt/DEV-ONLY-publicKey.pem";
    /** Claim carrying a partner user's partner firm id. */
    public static final String PARTNER_ID_CLAIM = "partner_id";

    private static final String PRIVATE_KEY = "/dev-jwt/DEV-ONLY-privateKey.pem";
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    public static String sales(String email) {
        return token(email, "sales", null, Duration.ofHours(12));
    }

    public static String coordinator(String email) {
        return token(email, "coordinator", null, Duration.ofHours(12));
    }

    public static String ops(String email) {
        return token(email, "ops", null, Duration.ofHours(12));
    }

    /** A partner user's token; the partner id travels in {@value #PARTNER_ID_CLAIM}. */
    public static String partner(String email, String partnerId) {
        return token(email, "partner", partnerId, Duration.ofHours(12));
    }

    /** A token for {@code subject} (an email) with one role, valid for {@code validity}. */
    public static String token(String subject, String role, String partnerId, Duration validity) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("email", subject)
                .expiresIn(validity);
        if (partnerId != null) {
            claims.claim(PARTNER_ID_CLAIM, partnerId);
        }
        return claims.jws().keyId("dev").sign(KEY);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream(PRIVATE_KEY)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + PRIVATE_KEY);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable dev key " + PRIVATE_KEY, e);
        }
    }
}
