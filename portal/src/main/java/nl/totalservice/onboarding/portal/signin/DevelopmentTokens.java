package nl.totalservice.onboarding.portal.signin;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.portal.session.Role;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints tokens with the DEVELOPMENT key the local stack's services trust, for development sign-in only.
 * The key is public (it is in the repository): a production portal signs in through OpenID Connect.
 */
@ApplicationScoped
public class DevelopmentTokens {

    /** The issuer the services expect of development tokens. */
    static final String ISSUER = "https://dev.onboarding.totalservice.nl";
    private static final String KEY = "/dev-jwt/DEV-ONLY-privateKey.pem";

    private PrivateKey key;

    /** A token for {@code email} in {@code role}; a partner's carries its firm in {@code partner_id}. */
    public String mint(Role role, String email, UUID partnerId, Duration validity) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(email).upn(email).groups(Set.of(role.group()))
                .claim("email", email).expiresIn(validity);
        if (partnerId != null) {
            claims.claim("partner_id", partnerId.toString());
        }
        return claims.jws().keyId("dev").sign(key());
    }

    private synchronized PrivateKey key() {
        if (key == null) {
            try (InputStream in = DevelopmentTokens.class.getResourceAsStream(KEY)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + KEY);
                }
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("Unreadable development key " + KEY, e);
            }
        }
        return key;
    }
}
