package nl.totalservice.onboarding.portal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import nl.totalservice.onboarding.portal.config.PortalConfig;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * The session travels in one cookie, encrypted and authenticated with AES-GCM: the browser can neither read
 * the bearer token inside nor change the role.
 */
@ApplicationScoped
public class SessionCookie {

    /** The cookie's name. */
    public static final String NAME = "portal_session";
    private static final Logger LOG = Logger.getLogger(SessionCookie.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final ObjectMapper json;
    private final PortalConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SessionCookie(PortalConfig config, ObjectMapper json, Clock clock) {
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.key = new SecretKeySpec(keyBytes(config.session().secret()), "AES");
    }

    /** The cookie that carries {@code session}. */
    public NewCookie write(Session session) {
        return cookie(encrypt(session), (int) config.session().maxAge().toSeconds());
    }

    /** The cookie that ends the session. */
    public NewCookie clear() {
        return cookie("", 0);
    }

    /** The session in a cookie value, if it is ours, intact and not expired. */
    public Optional<Session> read(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(value));
            byte[] iv = new byte[IV_BYTES];
            bytes.get(iv);
            byte[] sealed = new byte[bytes.remaining()];
            bytes.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            Session session = json.readValue(cipher.doFinal(sealed), Session.class);
            return session.expiresAt().isAfter(clock.instant()) ? Optional.of(session) : Optional.empty();
        } catch (Exception e) {
            // a cookie of an earlier start (other key), or tampered with: treat as signed out
            return Optional.empty();
        }
    }

    private String encrypt(Session session) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(session));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (Exception e) {
            throw new IllegalStateException("Could not seal the session", e);
        }
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(config.session().secure()).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static byte[] keyBytes(Optional<String> secret) {
        if (secret.isEmpty() || secret.get().isBlank()) {
            LOG.info("No portal.session.secret: sessions use a random key and end when the portal restarts");
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return bytes;
        }
        if (secret.get().length() < 32) {
            throw new IllegalStateException("portal.session.secret must have at least 32 characters");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.get().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
