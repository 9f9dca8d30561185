package nl.totalservice.onboarding.platform.messaging.app;

import io.agroal.api.AgroalDataSource;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.messaging.inbox.EventHandler;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test consumer whose effect is countable: each handled ThingCreated adds one to its name's row.
 * Names steer failures: {@code explode-*} always fails, {@code flaky-N-*} fails N times first;
 * {@code echo-X} also records ThingCreated {@code echoed-X} for the batch consumer (a second hop).
 */
@ApplicationScoped
public class ThingEffects {

    /** Where echoes go: the topic of the batch consumer. */
    public static final String ECHO_TOPIC = "batched-things";

    private final EventProcessor events;
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    /** Record value to the number of the batch channel's poll that brought it. */
    private final Map<String, Integer> pollOf = new ConcurrentHashMap<>();

    public ThingEffects(EventProcessor events, AgroalDataSource dataSource, Outbox outbox) {
        this.events = events;
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Incoming("things-in")
    @Blocking
    public void onThing(ConsumerRecord<String, String> record) {
        events.process("thing-effects", record, handlers());
    }

    /** The same effect from a batch channel: one transaction per poll. */
    @Incoming("batched-things-in")
    @Blocking
    public void onThings(ConsumerRecords<String, String> records) {
        int poll = polls.incrementAndGet();
        records.forEach(record -> pollOf.put(record.value(), poll));
        events.processBatch("batched-thing-effects", records, handlers());
    }

    /** The poll of the batch channel that brought each record whose value contains {@code text}, in no order. */
    public List<Integer> pollsOf(String text) {
        return pollOf.entrySet().stream().filter(entry -> entry.getKey().contains(text)).map(Map.Entry::getValue).toList();
    }

    public Map<String, EventHandler> handlers() {
        return Map.of("ThingCreated", event -> apply(event.payloadAs(ThingCreated.class)));
    }

    private void apply(ThingCreated thing) throws SQLException {
        int attempt = attempts.computeIfAbsent(thing.name(), name -> new AtomicInteger()).incrementAndGet();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("insert into thing_effect (name, times) values (?, 1) "
                     + "on conflict (name) do update set times = thing_effect.times + 1")) {
            upsert.setString(1, thing.name());
            upsert.executeUpdate();
        }
        if (thing.name().startsWith("echo-")) {
            outbox.publish(ECHO_TOPIC, new ThingCreated(UUID.randomUUID(), Instant.now(), thing.thingId(),
                    "echoed-" + thing.name().substring("echo-".length())));
        }
        if (thing.name().startsWith("explode")) {
            throw new IllegalStateException("cannot handle " + thing.name());
        }
        if (thing.name().startsWith("flaky-")) {
            int failures = Integer.parseInt(thing.name().split("-")[1]);
            if (attempt <= failures) {
                throw new IllegalStateException("transient failure " + attempt + " for " + thing.name());
            }
        }
    }

    public int attempts(String name) {
        AtomicInteger count = attempts.get(name);
        return count == null ? 0 : count.get();
    }

    /** How many times the effect for {@code name} was committed. */
    public int timesApplied(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select times from thing_effect where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
