package nl.totalservice.onboarding.partner.geography;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The twelve Dutch provinces, named as the GeoNames gazetteer names them ({@code admin_name1}). */
public enum Province {
    DRENTHE("Drenthe"),
    FLEVOLAND("Flevoland"),
    FRIESLAND("Friesland"),
    GELDERLAND("Gelderland"),
    GRONINGEN("Groningen"),
    LIMBURG("Limburg"),
    NOORD_BRABANT("Noord-Brabant"),
    NOORD_HOLLAND("Noord-Holland"),
    OVERIJSSEL("Overijssel"),
    UTRECHT("Utrecht"),
    ZEELAND("Zeeland"),
    ZUID_HOLLAND("Zuid-Holland");

    private final String displayName;

    Province(String displayName) {
        this.displayName = displayName;
    }

    /** In JSON a province is its name ("Noord-Holland"), as in the registry API and the events. */
    @JsonValue
    public String displayName() {
        return displayName;
    }

    /** The province named {@code name} in any case; "Fryslân", its official name, is Friesland too. */
    @JsonCreator
    static Province fromJson(String name) {
        return of(name).orElseThrow(() -> new IllegalArgumentException("Not a Dutch province: " + name));
    }

    public static Optional<Province> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '-');
        if (key.equals("fryslan")) {
            return Optional.of(FRIESLAND);
        }
        return Arrays.stream(values()).filter(p -> p.displayName.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** "Drenthe, Flevoland, ...": for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(Province::displayName).collect(Collectors.joining(", "));
    }
}
