package nl.totalservice.onboarding.partner.registry.rest;

import jakarta.ws.rs.core.EntityTag;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.Map;

/** Versions as entity tags: {@code ETag: "3"}, {@code If-Match: "3"}. */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client expects; required for updates (428 without it, 400 when unreadable). */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the partner's ETag (its version) so that no one else's change is overwritten",
                    Map.of());
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be the partner's ETag, like \"3\"");
        }
    }
}
