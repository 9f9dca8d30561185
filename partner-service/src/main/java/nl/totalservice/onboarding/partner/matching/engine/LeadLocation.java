package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.GeoPoint;

/**
 * Where the lead is, as far as the service knows, and on what basis; when unknown, the
 * description says why (it becomes the reason region did not decide).
 */
public record LeadLocation(GeoPoint point, Basis basis, String description) {

    /** What the point is. */
    public enum Basis {
        /** The lead's own coordinates. */
        COORDINATES,
        /** The centre of the lead's PC4 area from the gazetteer. */
        PC4_CENTROID,
        /** No point: region cannot decide. */
        UNKNOWN
    }

    public static LeadLocation coordinates(GeoPoint point) {
        return new LeadLocation(point, Basis.COORDINATES, "the lead's coordinates");
    }

    public static LeadLocation centroid(GeoPoint point, String pc4, String place) {
        return new LeadLocation(point, Basis.PC4_CENTROID, "the centre of PC4 " + pc4 + " (" + place + ")");
    }

    public static LeadLocation unknown(String why) {
        return new LeadLocation(null, Basis.UNKNOWN, why);
    }

    public boolean known() {
        return point != null;
    }
}
