package nl.totalservice.onboarding.platform.database;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An HQL {@code in} over one single-valued parameter per value: {@code t.status in (:status0, :status1)}
 * in place of {@code t.status in :statuses} bound to a collection, and {@code t.status = :status0} for one
 * value.
 *
 * <p>Hibernate (7.2) caches no query plan for a query with a parameter that could take a collection: it
 * translates such a query from its HQL tree to SQL again on every execution (in task-service's
 * coordinator queue and event intake that translation was 7 % of the service's CPU samples under load).
 * That is any parameter bound to a collection, and also a parameter alone in its parentheses
 * ({@code in (:status0)}), which could be. Here the text depends only on how many values there are, so
 * each such text is translated once and its plan reused.
 *
 * @param clause     the condition, e.g. {@code t.status in (:status0, :status1)} or {@code t.status = :status0}
 * @param parameters the value of each parameter the clause names, in its order
 */
public record InList(String clause, Map<String, Object> parameters) {

    public InList {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * @param path   what the values are compared with, e.g. {@code t.status}
     * @param name   the parameters' common prefix (a Java identifier), numbered from 0
     * @param values at least one
     */
    public static InList of(String path, String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An in-list on " + path + " needs at least one value");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (Object value : values) {
            String parameter = name + parameters.size();
            list.add(":" + parameter);
            parameters.put(parameter, value);
        }
        String clause = parameters.size() == 1 ? path + " = :" + name + "0" : path + " in " + list;
        return new InList(clause, parameters);
    }
}
