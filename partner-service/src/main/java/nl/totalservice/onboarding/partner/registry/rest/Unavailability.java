package nl.totalservice.onboarding.partner.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.partner.registry.UnavailablePeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A period in which the partner takes no new customers. */
@Schema(name = "Unavailability", description = "A period (both days included) in which the partner takes no new customers")
public record Unavailability(
        @Schema(description = "First day", examples = "2026-07-20")
        @NotNull LocalDate from,
        @Schema(description = "Last day (included)", examples = "2026-08-07")
        @NotNull LocalDate to,
        @Schema(description = "Why: holiday, closure, ...", examples = "Summer holiday")
        @NotBlank @Size(max = 200) String reason) {

    public UnavailablePeriod toPeriod() {
        return new UnavailablePeriod(from, to, reason.trim());
    }

    public static Unavailability of(UnavailablePeriod period) {
        return new Unavailability(period.from(), period.to(), period.reason());
    }
}
