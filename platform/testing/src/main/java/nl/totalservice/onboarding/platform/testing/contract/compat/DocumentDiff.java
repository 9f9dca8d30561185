package nl.totalservice.onboarding.platform.testing.contract.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Every difference between two documents, one line each, as a path into the document: readable in a failed build. */
public final class DocumentDiff {

    private DocumentDiff() {
    }

    /** Lines such as {@code - paths./api/leads.get}, {@code + components.schemas.X.properties.y}, {@code ~ info.version: 1.0.0 -> 2.0.0}. */
    public static List<String> between(Object before, Object after) {
        List<String> lines = new ArrayList<>();
        diff(before, after, "", lines);
        return lines;
    }

    private static void diff(Object before, Object after, String where, List<String> lines) {
        if (before instanceof Map<?, ?> oldMap && after instanceof Map<?, ?> newMap) {
            TreeSet<String> keys = new TreeSet<>();
            oldMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
            newMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
            for (String key : keys) {
                String child = where.isEmpty() ? key : where + "." + key;
                if (!newMap.containsKey(key)) {
                    lines.add("- " + child);
                } else if (!oldMap.containsKey(key)) {
                    lines.add("+ " + child);
                } else {
                    diff(oldMap.get(key), newMap.get(key), child, lines);
                }
            }
        } else if (before instanceof List<?> oldList && after instanceof List<?> newList) {
            for (int i = 0; i < Math.max(oldList.size(), newList.size()); i++) {
                String child = where + "[" + i + "]";
                if (i >= newList.size()) {
                    lines.add("- " + child + ": " + shorten(oldList.get(i)));
                } else if (i >= oldList.size()) {
                    lines.add("+ " + child + ": " + shorten(newList.get(i)));
                } else {
                    diff(oldList.get(i), newList.get(i), child, lines);
                }
            }
        } else if (!Objects.equals(normal(before), normal(after))) {
            lines.add("~ " + where + ": " + shorten(before) + " -> " + shorten(after));
        }
    }

    /** YAML reads 1.0 as a number where JSON had a string: compare scalars by their text. */
    private static Object normal(Object value) {
        return value instanceof Map || value instanceof List || value == null ? value : String.valueOf(value);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value).replace("\n", "\\n");
        return text.length() > 100 ? text.substring(0, 97) + "..." : text;
    }
}
