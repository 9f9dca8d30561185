package nl.totalservice.onboarding.partner.geography.rest;

import nl.totalservice.onboarding.partner.geography.GazetteerLoad;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the gazetteer holds and where it came from. */
@Schema(name = "GazetteerStatus", description = "What the gazetteer holds and where it came from")
public record GazetteerStatusView(
        @Schema(description = "Whether postcodes are loaded (without, region cannot decide for leads without coordinates)", examples = "true")
        boolean loaded,
        @Schema(description = "PC4 areas loaded", examples = "4064") long postcodes,
        @Schema(description = "The configured file, if any", examples = "/data/geonames-nl-pc4.tsv") String configuredPath,
        @Schema(description = "When the data in force was loaded", examples = "2026-06-01T06:00:00Z") Instant loadedAt,
        @Schema(description = "The file it was loaded from", examples = "/data/geonames-nl-pc4.tsv") String source,
        @Schema(description = "SHA-256 of that file", examples = "3f1c...") String checksum,
        @Schema(description = "Data rows read", examples = "4303") Integer rowsRead,
        @Schema(description = "Rows skipped (see problems)", examples = "0") Integer rowsSkipped,
        @Schema(description = "Who loaded it (startup or an ops user)", examples = "startup") String loadedBy,
        @Schema(description = "The first problems found in the file") List<String> problems,
        @Schema(description = "Attribution of the data", examples = "GeoNames (www.geonames.org), CC BY 4.0") String attribution) {

    public static GazetteerStatusView of(long postcodes, String configuredPath, GazetteerLoad load) {
        if (load == null) {
            return new GazetteerStatusView(postcodes > 0, postcodes, configuredPath, null, null, null, null, null,
                    null, List.of(), PostcodeView.ATTRIBUTION);
        }
        return new GazetteerStatusView(postcodes > 0, postcodes, configuredPath, load.loadedAt(), load.source(),
                load.checksum(), load.rowsRead(), load.rowsSkipped(), load.loadedBy(),
                load.problems() == null ? List.of() : List.of(load.problems().split("\n")), PostcodeView.ATTRIBUTION);
    }
}
