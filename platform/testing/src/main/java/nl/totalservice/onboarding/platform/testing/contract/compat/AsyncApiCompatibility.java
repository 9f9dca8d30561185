package nl.totalservice.onboarding.platform.testing.contract.compat;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import nl.totalservice.onboarding.platform.testing.contract.compat.SchemaCompatibility.Direction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes between a released and the current AsyncAPI 3 catalog that break a consumer: a removed channel
 * (by topic address), a message type no longer on its channel, and in a message's payload a removed field, a
 * changed type or format, or a new required field (records already on the topic lack it). New channels,
 * messages and optional fields are compatible.
 */
public final class AsyncApiCompatibility {

    private AsyncApiCompatibility() {
    }

    public static List<String> breakingChanges(Map<String, Object> released, Map<String, Object> current) {
        List<String> breaking = new ArrayList<>();
        SchemaCompatibility payloads = new SchemaCompatibility(released, current, breaking).forEvents();
        Map<String, Object> currentChannels = byAddress(current);
        byAddress(released).forEach((address, channel) -> {
            Object now = currentChannels.get(address);
            if (now == null) {
                breaking.add("removed channel " + address);
                return;
            }
            Map<String, Object> nowMessages = YamlTree.map(now, "messages");
            YamlTree.map(channel, "messages").forEach((name, message) -> {
                if (!nowMessages.containsKey(name)) {
                    breaking.add("removed message " + name + " from " + address);
                    return;
                }
                Object before = YamlTree.resolve(released, YamlTree.string(message, "$ref"));
                Object after = YamlTree.resolve(current, YamlTree.string(nowMessages.get(name), "$ref"));
                payloads.compare(payload(message, before), payload(nowMessages.get(name), after),
                        Direction.READ, name);
            });
        });
        return breaking;
    }

    private static Object payload(Object inline, Object resolved) {
        Object message = resolved != null ? resolved : inline;
        Object payload = YamlTree.map(message, "payload");
        // AsyncAPI 3 allows a multi-format schema object: {schemaFormat, schema}
        Map<String, Object> wrapped = YamlTree.map(payload, "schema");
        return wrapped.isEmpty() ? payload : wrapped;
    }

    private static Map<String, Object> byAddress(Map<String, Object> document) {
        Map<String, Object> channels = new LinkedHashMap<>();
        YamlTree.map(document, "channels").forEach((id, channel) -> {
            String address = YamlTree.string(channel, "address");
            channels.put(address != null ? address : id, channel);
        });
        return channels;
    }
}
