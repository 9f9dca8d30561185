package nl.totalservice.onboarding.platform.localstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment variables the portal reads: the keys of its application.properties and those of its typed
 * configuration, read from the source of its {@code @ConfigMapping} interface (a key there needs no line in
 * application.properties, e.g. {@code portal.allow-development-sign-in}). The local-stack tests cannot load the
 * portal's classes (a Quarkus application, not a library), so its source is the reference.
 */
final class PortalSettings {

    private static final String CONFIG = "portal/src/main/java/nl/totalservice/onboarding/portal/config/PortalConfig.java";
    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("^\\s*(?:public\\s+)?interface (\\w+)");
    private static final Pattern METHOD = Pattern.compile("^\\s*([\\w<>.]+) (\\w+)\\(\\);");

    private PortalSettings() {
    }

    /** Every environment variable the portal reads through its application.properties or its typed configuration. */
    static Set<String> readable(Path root) throws IOException {
        Set<String> readable = new HashSet<>();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("portal/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        for (Object key : properties.keySet()) {
            String property = key.toString();
            readable.add(ComposeFileTest.environmentName(
                    property.startsWith("%") ? property.substring(property.indexOf('.') + 1) : property));
        }
        for (String property : mappedProperties(Files.readString(root.resolve(CONFIG)))) {
            readable.add(ComposeFileTest.environmentName(property));
        }
        return readable;
    }

    /** The property names a {@code @ConfigMapping} interface (with nested group interfaces) declares. */
    static List<String> mappedProperties(String source) {
        Matcher prefix = PREFIX.matcher(source);
        assertThat(prefix.find()).as("@ConfigMapping prefix in " + CONFIG).isTrue();
        Map<String, List<String[]>> members = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        for (String line : source.split("\n")) {
            Matcher type = INTERFACE.matcher(line);
            Matcher method = METHOD.matcher(line);
            if (type.find()) {
                open.push(type.group(1));
                members.put(type.group(1), new ArrayList<>());
            } else if (method.find() && !open.isEmpty()) {
                members.get(open.peek()).add(new String[] {method.group(1), method.group(2)});
            } else if (line.strip().equals("}") && !open.isEmpty()) {
                open.pop();
            }
        }
        assertThat(members).as("interfaces in " + CONFIG).isNotEmpty();
        List<String> properties = new ArrayList<>();
        collect(members, members.keySet().iterator().next(), prefix.group(1), properties);
        return properties;
    }

    private static void collect(Map<String, List<String[]>> members, String type, String prefix, List<String> into) {
        for (String[] member : members.get(type)) {
            String key = prefix + "." + member[1].replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            if (members.containsKey(member[0])) {
                collect(members, member[0], key, into);
            } else {
                into.add(key);
            }
        }
    }
}
