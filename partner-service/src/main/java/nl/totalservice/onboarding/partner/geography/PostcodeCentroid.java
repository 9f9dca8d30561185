package nl.totalservice.onboarding.partner.geography;

import java.util.List;

/**
 * The one point and place the service uses for a PC4 area, with how it was derived (so a
 * coordinator can see why an odd row was ignored).
 */
public record PostcodeCentroid(String pc4, String place, String municipality, String municipalityCode,
                               String province, GeoPoint centre, int sourceRows, CentroidDerivation derivation,
                               List<String> ignoredPlaces) {

    public PostcodeCentroid {
        ignoredPlaces = List.copyOf(ignoredPlaces);
    }
}
