package nl.totalservice.onboarding.platform.testing.fuzz;

/**
 * One malformed request: what it breaks ({@code flaw}), as whom ({@code role}, null for no token).
 * {@code path} is raw (already percent-encoded), {@code body} null for none.
 */
public record FuzzRequest(String method, String path, String role, String flaw, String contentType, String body) {

    @Override
    public String toString() {
        return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path)
                + " as " + (role == null ? "anonymous" : role) + " (" + flaw + ")";
    }
}
