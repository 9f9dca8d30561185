package nl.totalservice.onboarding.partner.registry;

/** Where a partner's coordinates come from. */
public enum LocationSource {
    /** Given by the coordinator. */
    GIVEN,
    /** The centre of the office postcode's PC4 area, from the gazetteer. */
    GAZETTEER,
    /** Unknown: not given and the PC4 is not in the gazetteer (the partner takes no part in region). */
    NONE
}
