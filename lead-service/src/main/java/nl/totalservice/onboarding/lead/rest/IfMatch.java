package nl.totalservice.onboarding.lead.rest;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lead's version as an entity tag: {@code ETag: "3"} on responses, {@code If-Match: "3"} on updates. */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    public static final String DESCRIPTION = "The lead's ETag (its version) as you last read it, e.g. \"3\". "
            + "When given and the lead changed since, the request is refused with 412. Optional.";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    /** The expected version, or null when the client sent no precondition (or {@code *}). */
    public static Long parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw ProblemException.invalidField(HEADER, "must be the lead's ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Refuses with 412 when the client's version is not the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw ProblemException.staleVersion(current);
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
