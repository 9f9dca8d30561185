package nl.totalservice.onboarding.partner.geography.rest;

import nl.totalservice.onboarding.partner.geography.CentroidDerivation;
import nl.totalservice.onboarding.partner.geography.PostcodeCentroid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A PC4 area from the gazetteer. */
@Schema(name = "Postcode", description = "A PC4 area from the gazetteer (data derived from GeoNames, CC BY 4.0)")
public record PostcodeView(
        @Schema(description = "The 4-digit postcode", examples = "9711") String pc4,
        @Schema(description = "Place the centre belongs to", examples = "Groningen") String place,
        @Schema(description = "Municipality", examples = "Groningen") String municipality,
        @Schema(description = "CBS municipality code", examples = "0014") String municipalityCode,
        @Schema(description = "Province", examples = "Groningen") String province,
        @Schema(description = "Latitude of the centre (WGS84)", examples = "53.2166") double latitude,
        @Schema(description = "Longitude of the centre (WGS84)", examples = "6.5695") double longitude,
        @Schema(description = "Rows the file has for this postcode (one per place)", examples = "1") int sourceRows,
        @Schema(description = "How the centre was chosen from those rows", examples = "SINGLE_ROW") CentroidDerivation derivation,
        @Schema(description = "Rows not used for the centre, with their distance to it", examples = "[\"Dwingeloo (Westerveld), 41.0 km away\"]")
        List<String> ignoredPlaces,
        @Schema(description = "Attribution of the data in force", examples = "Derived from the GeoNames postal code export for the Netherlands (NL.txt as kept in github.com/hauleth/geopost at commit 02cc12a, 2017), www.geonames.org, licensed CC BY 4.0")
        String attribution) {

    public static PostcodeView of(PostcodeCentroid area, String attribution) {
        return new PostcodeView(area.pc4(), area.place(), area.municipality(), area.municipalityCode(),
                area.province(), area.centre().latitude(), area.centre().longitude(), area.sourceRows(),
                area.derivation(), area.ignoredPlaces(), attribution);
    }
}
