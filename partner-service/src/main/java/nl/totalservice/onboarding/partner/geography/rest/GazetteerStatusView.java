package nl.totalservice.onboarding.partner.geography.rest;

import nl.totalservice.onboarding.partner.geography.GazetteerLoad;
import nl.totalservice.onboarding.partner.geography.GazetteerSourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the gazetteer holds and where it came from. */
@Schema(name = "GazetteerStatus", description = "What the gazetteer holds and where it came from")
public record GazetteerStatusView(
        @Schema(description = "Whether postcodes are loaded (without, postcodes cannot be placed and region cannot decide for leads without coordinates)", examples = "true")
        boolean loaded,
        @Schema(description = "PC4 areas loaded", examples = "4064") long postcodes,
        @Schema(description = "What the configuration asks for: the bundled gazetteer, or the file in partner.gazetteer.path", examples = "BUNDLED")
        GazetteerSourceKind configuredSource,
        @Schema(description = "The configured file, if any (null: the bundled gazetteer)", examples = "/data/gazetteer/NL.txt") String configuredPath,
        @Schema(description = "Why the configured source could not be loaded at the last attempt (null when it was); the service is not ready meanwhile",
                examples = "The gazetteer file /data/gazetteer/NL.txt (partner.gazetteer.path) cannot be read: java.nio.file.NoSuchFileException: /data/gazetteer/NL.txt")
        String problem,
        @Schema(description = "Kind of source of the data in force", examples = "BUNDLED") GazetteerSourceKind sourceKind,
        @Schema(description = "Where the data in force was read from", examples = "classpath:gazetteer/nl-pc4.tsv.gz") String source,
        @Schema(description = "Version of the bundled data in force (null for a file: its checksum identifies it)", examples = "geonames-nl-2017-02cc12a")
        String version,
        @Schema(description = "SHA-256 of the source as read", examples = "178d2347e9bad3bcf404b9147f67f1d6301299fb420992015aaf3d1f3e2523f9") String checksum,
        @Schema(description = "When the data in force was loaded", examples = "2026-06-01T06:00:00Z") Instant loadedAt,
        @Schema(description = "Data rows read", examples = "4064") Integer rowsRead,
        @Schema(description = "Rows skipped (see problems)", examples = "0") Integer rowsSkipped,
        @Schema(description = "Who loaded it (startup or an ops user)", examples = "startup") String loadedBy,
        @Schema(description = "The first problems found in the source's rows") List<String> problems,
        @Schema(description = "Attribution of the data in force", examples = "Derived from the GeoNames postal code export for the Netherlands (NL.txt as kept in github.com/hauleth/geopost at commit 02cc12a, 2017), www.geonames.org, licensed CC BY 4.0")
        String attribution) {

    /** Attribution when nothing is loaded: any data the service loads comes from GeoNames. */
    static final String DEFAULT_ATTRIBUTION = "GeoNames (www.geonames.org), licensed CC BY 4.0";

    public static GazetteerStatusView of(long postcodes, GazetteerSourceKind configuredSource, String configuredPath,
                                         String problem, GazetteerLoad load) {
        if (load == null) {
            return new GazetteerStatusView(postcodes > 0, postcodes, configuredSource, configuredPath, problem, null,
                    null, null, null, null, null, null, null, List.of(), DEFAULT_ATTRIBUTION);
        }
        return new GazetteerStatusView(postcodes > 0, postcodes, configuredSource, configuredPath, problem,
                load.sourceKind(), load.source(), load.dataVersion(), load.checksum(), load.loadedAt(), load.rowsRead(),
                load.rowsSkipped(), load.loadedBy(),
                load.problems() == null ? List.of() : List.of(load.problems().split("\n")), load.attribution());
    }
}
