package nl.totalservice.onboarding.partner.geography;

/** Where the gazetteer data comes from. */
public enum GazetteerSourceKind {
    /** The PC4 gazetteer that ships inside the service (derived from GeoNames). */
    BUNDLED,
    /** A GeoNames postal-code file configured by ops ({@code partner.gazetteer.path}). */
    FILE
}
