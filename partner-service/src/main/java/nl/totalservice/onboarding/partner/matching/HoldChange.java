package nl.totalservice.onboarding.partner.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * How a lead's open assignment moved since it was last settled: {@code released} stops holding it,
 * {@code taken} starts (either may be null). The same partner on both sides is no change.
 */
public record HoldChange(UUID released, UUID taken) {

    public static final HoldChange NONE = new HoldChange(null, null);

    /** The change from the holder {@code before} to the holder {@code after}. */
    public static HoldChange between(UUID before, UUID after) {
        return Objects.equals(before, after) ? NONE : new HoldChange(before, after);
    }

    public boolean isNone() {
        return released == null && taken == null;
    }
}
