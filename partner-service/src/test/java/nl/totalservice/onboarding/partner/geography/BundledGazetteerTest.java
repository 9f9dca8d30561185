package nl.totalservice.onboarding.partner.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The gazetteer that ships inside the service, and the generator that derives it from a GeoNames file. */
class BundledGazetteerTest {

    @Test
    void shipsOneCentreForEveryDutchPostcodeOfTheGeoNamesExport() throws IOException {
        Pc4GazetteerFormat.Contents bundled = BundledGazetteer.read();

        assertThat(bundled.parsed().areas()).hasSize(4064);
        assertThat(bundled.metadata("version")).isEqualTo("geonames-nl-2017-02cc12a");
        assertThat(bundled.metadata("attribution")).contains("GeoNames", "NL.txt", "02cc12a", "CC BY 4.0");
        assertThat(bundled.metadata("source-rows")).isEqualTo("4304 read, 0 skipped");
        PostcodeCentroid groningen = byPc4(bundled).get("9711");
        assertThat(groningen.place()).isEqualTo("Groningen");
        assertThat(groningen.municipalityCode()).isEqualTo("0014");
        assertThat(groningen.centre().latitude()).isCloseTo(53.2166, within(1e-9));
        assertThat(groningen.centre().longitude()).isCloseTo(6.5695, within(1e-9));
    }

    @Test
    void carriesTheDerivationOfTheQuirkyPostcodes() throws IOException {
        Map<String, PostcodeCentroid> areas = byPc4(BundledGazetteer.read());

        assertThat(areas.get("7881").municipality()).isEqualTo("Emmen");
        assertThat(areas.get("7881").derivation()).isEqualTo(CentroidDerivation.MAJORITY_MUNICIPALITY);
        assertThat(areas.get("7881").ignoredPlaces()).containsExactly("Dwingeloo (Westerveld), 39.1 km away");
        assertThat(areas.get("8461").province()).isEqualTo("Friesland");
        assertThat(areas.get("8461").derivation()).isEqualTo(CentroidDerivation.NEIGHBOURING_POSTCODES);
        assertThat(areas.get("5591").place()).isEqualTo("Heeze");
        assertThat(areas).doesNotContainKey("1000");
    }

    @Test
    void theGeneratorDerivesExactlyWhatLoadingTheGeoNamesFileWouldAndDoesSoReproducibly(@TempDir Path dir)
            throws IOException {
        Path first = dir.resolve("first.tsv.gz");
        Path second = dir.resolve("second.tsv.gz");

        BundledGazetteerGenerator.generate(GazetteerFileTest.sample(), first, "sample-1", "a test sample");
        BundledGazetteerGenerator.generate(GazetteerFileTest.sample(), second, "sample-1", "a test sample");

        Pc4GazetteerFormat.Contents generated = BundledGazetteer.parse(Files.readAllBytes(first));
        GazetteerFile.Parsed direct = GazetteerFile.parse(Files.newBufferedReader(GazetteerFileTest.sample(),
                StandardCharsets.UTF_8));
        assertThat(generated.parsed().areas()).isEqualTo(direct.areas());
        assertThat(generated.metadata("version")).isEqualTo("sample-1");
        assertThat(generated.metadata("attribution")).isEqualTo("Derived from the GeoNames postal code export for "
                + "the Netherlands (a test sample), www.geonames.org, licensed CC BY 4.0");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void writesAndReadsBackEveryFieldOfACentre() throws IOException {
        PostcodeCentroid area = new PostcodeCentroid("7881", "Nieuw-Weerdinge", "Emmen", "0114", "Drenthe",
                new GeoPoint(52.812799999999996, 7.0045), 3, CentroidDerivation.MAJORITY_MUNICIPALITY,
                java.util.List.of("Dwingeloo (Westerveld), 39.1 km away", "Elsewhere (Nowhere), 80.0 km away"));
        PostcodeCentroid sparse = new PostcodeCentroid("9999", "Somewhere", null, null, null, new GeoPoint(53, 6), 1,
                CentroidDerivation.SINGLE_ROW, java.util.List.of());
        StringWriter out = new StringWriter();

        Pc4GazetteerFormat.write(Map.of("version", "v1"), java.util.List.of(area, sparse), out);
        Pc4GazetteerFormat.Contents back = Pc4GazetteerFormat.read(new StringReader(out.toString()));

        assertThat(back.parsed().areas()).containsExactly(area, sparse);
        assertThat(back.metadata()).containsEntry("version", "v1");
    }

    private static Map<String, PostcodeCentroid> byPc4(Pc4GazetteerFormat.Contents contents) {
        return contents.parsed().areas().stream().collect(Collectors.toMap(PostcodeCentroid::pc4, Function.identity()));
    }
}
