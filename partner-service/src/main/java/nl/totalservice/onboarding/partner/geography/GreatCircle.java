package nl.totalservice.onboarding.partner.geography;

/**
 * Great-circle distances on a spherical earth (mean radius). Over the Netherlands the error
 * against the ellipsoid is well below the gazetteer's own inaccuracy (a few kilometres).
 */
public final class GreatCircle {

    /** Mean earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** Haversine distance in km. */
    public static double km(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double sinLat = Math.sin((lat2 - lat1) / 2);
        double sinLon = Math.sin(Math.toRadians(b.longitude() - a.longitude()) / 2);
        double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The point as a unit vector (x, y, z). The squared distance between two such vectors (the
     * squared chord) orders points exactly as the great-circle distance does, at the cost of three
     * multiplications: the matching engine ranks thousands of partners with it.
     */
    public static double[] unitVector(GeoPoint point) {
        double lat = Math.toRadians(point.latitude());
        double lon = Math.toRadians(point.longitude());
        double cosLat = Math.cos(lat);
        return new double[] {cosLat * Math.cos(lon), cosLat * Math.sin(lon), Math.sin(lat)};
    }

    /** Great-circle km from the squared chord between two unit vectors. */
    public static double kmFromSquaredChord(double squaredChord) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(squaredChord) / 2));
    }

    /** The squared chord between two unit vectors {@code km} apart: the inverse of {@link #kmFromSquaredChord}. */
    public static double squaredChordFromKm(double km) {
        double chord = 2 * Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM)));
        return chord * chord;
    }
}
