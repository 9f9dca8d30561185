package nl.totalservice.onboarding.platform.testing.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A YAML or JSON document as plain maps and lists, with the few look-ups the comparisons need. */
public final class YamlTree {

    private YamlTree() {
    }

    /** Parses YAML (JSON is YAML) into maps, lists and scalars. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(32 * 1024 * 1024);
        Object root = new Yaml(new SafeConstructor(options)).load(text);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("not a YAML mapping at the top");
        }
        return (Map<String, Object>) root;
    }

    public static Map<String, Object> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node itself when it is a mapping, or an empty one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The mapping under {@code key}, or an empty one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node, String key) {
        if (node instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> child) {
            return (Map<String, Object>) child;
        }
        return Map.of();
    }

    /** The list under {@code key}, or an empty one. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object node, String key) {
        if (node instanceof Map<?, ?> map && map.get(key) instanceof List<?> child) {
            return (List<Object>) child;
        }
        return List.of();
    }

    public static String string(Object node, String key) {
        return node instanceof Map<?, ?> map && map.get(key) != null ? String.valueOf(map.get(key)) : null;
    }

    /** Follows a local reference such as {@code #/components/schemas/Lead}; null when it leads nowhere. */
    public static Object resolve(Map<String, Object> root, String ref) {
        if (ref == null || !ref.startsWith("#/")) {
            return null;
        }
        Object node = root;
        for (String part : ref.substring(2).split("/")) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
