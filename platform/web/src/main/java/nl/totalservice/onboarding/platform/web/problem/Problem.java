package nl.totalservice.onboarding.platform.web.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}. Extension members
 * ({@code errors}, {@code currentState}, {@code existing}, ...) are written next to the standard ones.
 */
@Schema(name = "Problem", description = "Why a request was refused (RFC 9457 problem details). Besides the "
        + "standard members it may carry: `errors` (a list of {field, message} for invalid input), "
        + "`currentState` (the state that forbade a transition), `existingId` and `existing` (the resource "
        + "a duplicate points at), `currentVersion` (for a stale update), `errorId` (for a server error).")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public final class Problem {

    /** Base of the problem type URIs; each type is documented in docs/problems.md. */
    public static final String TYPE_BASE = "https://onboarding.totalservice.nl/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "URI identifying the kind of problem", examples = TYPE_BASE + "validation")
    private final String type;
    @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
    private final String title;
    @Schema(description = "HTTP status code", examples = "400")
    private final int status;
    @Schema(description = "What went wrong with this request, for a person to read",
            examples = "postcode: must look like 1234 AB")
    private final String detail;
    @Schema(description = "The request path that was refused", examples = "/api/leads")
    private final String instance;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance,
                   Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** A copy of this problem that names the request path it answers. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, extensions);
    }
}
