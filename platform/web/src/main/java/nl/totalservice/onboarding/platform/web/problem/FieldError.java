package nl.totalservice.onboarding.platform.web.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field and what is wrong with it. */
@Schema(name = "FieldError", description = "An invalid field of the request")
public record FieldError(
        @Schema(description = "Path of the field in the request body, or the parameter name", examples = "address.postcode")
        String field,
        @Schema(description = "What is wrong with it", examples = "must look like 1234 AB")
        String message) {
}
