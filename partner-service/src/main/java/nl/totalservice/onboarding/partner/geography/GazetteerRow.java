package nl.totalservice.onboarding.partner.geography;

/** One line of a GeoNames postal-code file: a place within a PC4 area and that place's centre. */
public record GazetteerRow(String pc4, String place, String municipality, String municipalityCode, String province,
                           GeoPoint point) {

    /** Rows of one municipality belong together; the CBS code identifies it, else its name. */
    String municipalityKey() {
        return municipalityCode != null && !municipalityCode.isBlank() ? municipalityCode : String.valueOf(municipality);
    }
}
