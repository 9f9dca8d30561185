package nl.totalservice.onboarding.partner.geography;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GazetteerFileTest {

    private static final String HEADER = "country_code\tpostal_code\tplace_name\tadmin_name1\tadmin_code1\tadmin_name2"
            + "\tadmin_code2\tadmin_name3\tadmin_code3\tlatitude\tlongitude\n";

    @Test
    void readsAGeoNamesExportIntoOneCentrePerPostcode() throws IOException {
        GazetteerFile.Parsed parsed = GazetteerFile.parse(Files.newBufferedReader(sample(), StandardCharsets.UTF_8));

        assertThat(parsed.rowsRead()).isEqualTo(20);
        assertThat(parsed.rowsSkipped()).isZero();
        assertThat(parsed.areas()).hasSize(16);
        PostcodeCentroid groningen = byPc4(parsed).get("9711");
        assertThat(groningen.place()).isEqualTo("Groningen");
        assertThat(groningen.province()).isEqualTo("Groningen");
        assertThat(groningen.derivation()).isEqualTo(CentroidDerivation.SINGLE_ROW);
        assertThat(groningen.centre().latitude()).isCloseTo(53.2166, within(1e-9));
    }

    @Test
    void ignoresTheFarAwayTownThatMostRowsDisagreeWith() throws IOException {
        PostcodeCentroid area = byPc4(GazetteerFile.parse(Files.newBufferedReader(sample()))).get("7881");

        assertThat(area.derivation()).isEqualTo(CentroidDerivation.MAJORITY_MUNICIPALITY);
        assertThat(area.municipality()).isEqualTo("Emmen");
        assertThat(area.sourceRows()).isEqualTo(3);
        assertThat(area.ignoredPlaces()).singleElement().asString().isEqualTo("Dwingeloo (Westerveld), 39.1 km away");
        // median of Nieuw-Weerdinge and Emmer-Compascuum, nowhere near Dwingeloo (6.43 E)
        assertThat(area.centre().longitude()).isCloseTo((6.9747 + 7.0343) / 2, within(1e-9));
    }

    @Test
    void settlesATieBetweenMunicipalitiesByTheNeighbouringPostcodes() throws IOException {
        Map<String, PostcodeCentroid> areas = byPc4(GazetteerFile.parse(Files.newBufferedReader(sample())));

        // 8461 lists Rottum (Friesland) and Epe (Gelderland), one row each; 846x lies in Friesland
        assertThat(areas.get("8461").derivation()).isEqualTo(CentroidDerivation.NEIGHBOURING_POSTCODES);
        assertThat(areas.get("8461").place()).isEqualTo("Rottum");
        assertThat(areas.get("8461").province()).isEqualTo("Friesland");
        // 5591 lists Baarlo (Limburg) and Heeze (Noord-Brabant); 559x is Heeze-Leende
        assertThat(areas.get("5591").place()).isEqualTo("Heeze");
    }

    @Test
    void skipsUnusableLinesAndSaysWhy() throws IOException {
        String file = HEADER
                + "NL\t9711\tGroningen\tGroningen\t04\tGroningen\t0014\t\t\t53.2166\t6.5695\n"
                + "NL\t9712\tGroningen\tGroningen\t04\tGroningen\t0014\t\t\tnorth\t6.5695\n"
                + "NL\tABCD\tNowhere\tGroningen\t04\tGroningen\t0014\t\t\t53.2\t6.5\n"
                + "NL\t9713\tGroningen\n"
                + "BE\t1000\tBrussel\tBrussels\tBRU\tBrussel\t21\t\t\t50.85\t4.35\n"
                + "\n"
                + "NL\t9714\tGroningen\tGroningen\t04\tGroningen\t0014\t\t\t53.23\t6.58\t4\n";

        GazetteerFile.Parsed parsed = GazetteerFile.parse(new StringReader(file));

        assertThat(parsed.areas()).extracting(PostcodeCentroid::pc4).containsExactly("9711", "9714");
        assertThat(parsed.rowsRead()).isEqualTo(6);
        assertThat(parsed.rowsSkipped()).isEqualTo(4);
        assertThat(parsed.problems()).containsExactly(
                "line 3: latitude 'north' is not a number",
                "line 4: 'ABCD' is not a Dutch postcode",
                "line 5: has 3 columns, expected at least 11",
                "line 6: not a Dutch postcode row");
    }

    @Test
    void takesTheMedianSoOneStrayRowCannotPullTheCentre() throws IOException {
        String file = "NL\t1234\tA\tP\t01\tM\t0001\t\t\t52.00\t5.00\n"
                + "NL\t1234\tB\tP\t01\tM\t0001\t\t\t52.02\t5.02\n"
                + "NL\t1234\tC\tP\t01\tM\t0001\t\t\t53.50\t6.90\n";

        PostcodeCentroid area = GazetteerFile.parse(new StringReader(file)).areas().get(0);

        assertThat(area.centre().latitude()).isCloseTo(52.02, within(1e-9));
        assertThat(area.place()).isEqualTo("B");
    }

    private static Map<String, PostcodeCentroid> byPc4(GazetteerFile.Parsed parsed) {
        return parsed.areas().stream().collect(Collectors.toMap(PostcodeCentroid::pc4, Function.identity()));
    }

    /** A few rows of the GeoNames NL export as it comes (no header, with the accuracy column). */
    static Path sample() {
        return Path.of("src/test/resources/gazetteer/geonames-nl-sample.txt");
    }
}
