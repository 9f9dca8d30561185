package nl.totalservice.onboarding.platform.testing.contract.compat;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;

import java.util.Map;

/** The major part of a document's {@code info.version}: a breaking change is allowed only when it goes up. */
public final class ApiVersion {

    private ApiVersion() {
    }

    public static String of(Map<String, Object> document) {
        return YamlTree.string(YamlTree.map(document, "info"), "version");
    }

    /** 1 for "1.4.0", 0 for "0.1.0"; -1 when there is no readable version. */
    public static int major(String version) {
        if (version == null) {
            return -1;
        }
        String digits = version.trim().split("[.\\-+]", 2)[0];
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static boolean majorBumped(String saved, String live) {
        return major(live) > major(saved);
    }
}
