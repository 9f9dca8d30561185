package nl.totalservice.onboarding.platform.web.http;

import jakarta.ws.rs.core.EntityTag;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule for every update: a resource's version is its entity tag ({@code ETag: "3"}); an update
 * may send it back in {@code If-Match}. When sent it is honoured (412 when the resource changed
 * since), {@code *} means "any version", and an update without it applies to the current version.
 * Weak tags ({@code W/"3"}) and unquoted numbers are read too; anything else is a 400 naming the header.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    /** For {@code @Parameter(description = ...)} on every update. */
    public static final String DESCRIPTION = "The ETag (version) of the resource as you last read it, e.g. \"3\". "
            + "When sent and the resource changed since, the update is refused with 412; * or no header "
            + "applies the update to the current version.";
    /** For {@code @APIResponse(responseCode = "412", description = ...)} on every update. */
    public static final String STALE = "If-Match names an older version than the current one (currentVersion); send * or "
            + "no If-Match to skip the check";

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    /** The version the client expects, or null when it sent no precondition (no header, blank or {@code *}). */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw ProblemException.invalidField(HEADER, "must be an ETag from a response, e.g. \"3\", or *");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Refuses with 412 when the client expected a version other than the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw ProblemException.staleVersion(current);
        }
    }

    /** Parses the header and checks it against the current version in one step. */
    public static void check(String header, long current) {
        check(expectedVersion(header), current);
    }

    /** The entity tag of a version, for {@code Response.ok(...).tag(...)}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
