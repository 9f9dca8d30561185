package nl.totalservice.onboarding.partner.geography;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GreatCircleTest {

    private static final GeoPoint GRONINGEN = new GeoPoint(53.2166, 6.5695);
    private static final GeoPoint MAASTRICHT = new GeoPoint(50.8501, 5.6882);

    @Test
    void measuresGroningenToMaastricht() {
        assertThat(GreatCircle.km(GRONINGEN, MAASTRICHT)).isCloseTo(269.96, within(0.05));
    }

    @Test
    void theSquaredChordGivesTheSameDistance() {
        double[] a = GreatCircle.unitVector(GRONINGEN);
        double[] b = GreatCircle.unitVector(MAASTRICHT);
        double squared = Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2);

        assertThat(GreatCircle.kmFromSquaredChord(squared)).isCloseTo(GreatCircle.km(GRONINGEN, MAASTRICHT), within(1e-6));
    }

    @Test
    void readsPostcodesInTheirCommonForms() {
        assertThat(Pc4.of("9711")).contains("9711");
        assertThat(Pc4.of(" 9711 ab ")).contains("9711");
        assertThat(Pc4.of("0711")).isEmpty();
        assertThat(Pc4.normalizeFull("9711ab")).contains("9711 AB");
        assertThat(Pc4.normalizeFull("9711")).isEmpty();
    }

    @Test
    void refusesCoordinatesOffTheEarth() {
        assertThatThrownBy(() -> new GeoPoint(91, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(52, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
