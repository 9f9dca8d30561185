package nl.totalservice.onboarding.partner.matching.engine;

/**
 * Among whom region and distribution chose: the partners whose service area covers the lead, or,
 * when none does, the partners within a widened distance, or the whole country.
 *
 * @param kind        how the competing partners were found
 * @param widenedToKm the distance widened to (kind WIDENED), else null
 * @param competitors how many eligible partners competed
 */
public record Reach(Kind kind, Double widenedToKm, int competitors) {

    /** How the competing partners were found. */
    public enum Kind {
        /** The eligible partners whose service area covers the lead. */
        SERVICE_AREAS,
        /** None covers the lead: the eligible partners within {@code widenedToKm} of it. */
        WIDENED,
        /** None covers the lead and none is within the widening (or the lead's location is unknown): all eligible partners. */
        WHOLE_COUNTRY
    }
}
