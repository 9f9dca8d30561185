package nl.totalservice.onboarding.platform.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes an RFC 9457 problem response. Services throw the factories below (or a
 * subclass) from their aggregates and services; one exception mapper turns them into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** 404: the named resource does not exist (or is not visible to the caller). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    /** 409: the action is not allowed in the resource's current state. */
    public static ProblemException illegalTransition(String detail, Object currentState) {
        return new ProblemException(409, "illegal-transition", "Not allowed in the current state", detail,
                Map.of("currentState", String.valueOf(currentState)));
    }

    /** 409: the action is not allowed in the current state; {@code more} adds members (e.g. {@code nextStep}). */
    public static ProblemException illegalTransition(String detail, Object currentState, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>(more);
        extensions.put("currentState", String.valueOf(currentState));
        return new ProblemException(409, "illegal-transition", "Not allowed in the current state", detail, extensions);
    }

    /** 409: the request would create a second copy of an existing resource. */
    public static ProblemException duplicate(String detail, Object existingId, String existingPath) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("existingId", String.valueOf(existingId));
        if (existingPath != null) {
            extensions.put("existing", existingPath);
        }
        return new ProblemException(409, "duplicate", "Already exists", detail, extensions);
    }

    /** 409: a generic conflict with the resource's current state. */
    public static ProblemException conflict(String code, String detail, Map<String, Object> extensions) {
        return new ProblemException(409, code, "Conflict", detail, extensions);
    }

    /** 412: the client's version ({@code If-Match}) is not the current one. */
    public static ProblemException staleVersion(long currentVersion) {
        return new ProblemException(412, "stale-version", "Changed by someone else",
                "The resource changed since you read it; reload it (current version " + currentVersion
                        + ") and apply your change again",
                Map.of("currentVersion", currentVersion));
    }

    /** 400: one field of the request is invalid. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + code, title, status, getMessage(), null, extensions);
    }
}
