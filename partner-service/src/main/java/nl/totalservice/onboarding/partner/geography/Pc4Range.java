package nl.totalservice.onboarding.partner.geography;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A range of PC4 areas, both ends included: "9400-9499", or one area: "7881". */
public record Pc4Range(int from, int to) {

    private static final Pattern RANGE = Pattern.compile("\\s*([1-9][0-9]{3})\\s*(?:-\\s*([1-9][0-9]{3})\\s*)?");

    public Pc4Range {
        if (from < 1000 || to > 9999 || to < from) {
            throw new IllegalArgumentException("A PC4 range runs from 1000 to 9999, low to high: " + from + "-" + to);
        }
    }

    /** The range written as "9400-9499" or "7881"; empty when it is not one (or runs high to low). */
    public static Optional<Pc4Range> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return to < from ? Optional.empty() : Optional.of(new Pc4Range(from, to));
    }

    public boolean contains(int pc4) {
        return pc4 >= from && pc4 <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
