package nl.totalservice.onboarding.portal.api;

import java.util.List;

/** An {@code application/problem+json} answer (RFC 9457) as the services send it: the parts a page shows. */
public record Problem(String type, String title, Integer status, String detail, List<FieldError> errors) {

    /** One invalid field: its JSON path and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }
}
