package nl.totalservice.onboarding.platform.localstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Real Dutch postcodes spread over the country (bench/postcodes.tsv), for partner offices and customers. */
public final class Postcodes {

    private Postcodes() {
    }

    /** A full postcode ("1011 AB") and its place. */
    public record Place(String postcode, String city) {
    }

    public static List<Place> load() {
        List<Place> places = new ArrayList<>();
        String[] letters = {"AB", "CD", "EG", "HJ", "KL", "MN", "PR", "ST"};
        try (InputStream in = Postcodes.class.getResourceAsStream("/bench/postcodes.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                places.add(new Place(fields[0] + " " + letters[places.size() % letters.length], fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(places);
    }
}
