package nl.totalservice.onboarding.task.calendar.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing a day for every partner. */
@Schema(name = "ClosedDayRequest")
public record ClosedDayRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "Why the offices are closed, as partners and the coordinator will read it",
                examples = "Company day between Christmas and New Year")
        String reason) {
}
