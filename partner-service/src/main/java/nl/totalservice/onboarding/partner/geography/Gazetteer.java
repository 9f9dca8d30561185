package nl.totalservice.onboarding.partner.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** The PC4 gazetteer: lookups, and (re)loading the configured file into the database. */
@ApplicationScoped
public class Gazetteer {

    private static final Logger LOG = Logger.getLogger(Gazetteer.class);
    /** Serialises loads across instances of the service. */
    private static final long LOAD_LOCK = 0x6761_7a65_7474_6572L;

    private final GazetteerConfig config;
    private final EntityManager em;
    private final Event<GazetteerLoaded> loaded;
    private final Clock clock;

    public Gazetteer(GazetteerConfig config, EntityManager em, Event<GazetteerLoaded> loaded, Clock clock) {
        this.config = config;
        this.em = em;
        this.loaded = loaded;
        this.clock = clock;
    }

    /** The area of {@code pc4} ("1234"), if the gazetteer has it. */
    @Transactional
    public Optional<PostcodeCentroid> lookup(String pc4) {
        return PostcodeArea.<PostcodeArea>findByIdOptional(pc4).map(PostcodeArea::toCentroid);
    }

    /** Whether any gazetteer data is loaded (else region cannot decide). */
    @Transactional
    public boolean isLoaded() {
        return PostcodeArea.count() > 0;
    }

    @Transactional
    public Optional<GazetteerLoad> latestLoad() {
        return GazetteerLoad.latest();
    }

    @Transactional
    public long postcodes() {
        return PostcodeArea.count();
    }

    /** Loads the configured file unless the last load had the same content; returns the load in force. */
    @Transactional
    public GazetteerLoad loadIfChanged(String by) {
        return load(by, false);
    }

    /** Loads the configured file, replacing every postcode area, and relocates partners. */
    @Transactional
    public GazetteerLoad load(String by, boolean force) {
        String path = config.path().filter(value -> !value.isBlank()).orElseThrow(() ->
                new GazetteerUnavailableException("No gazetteer file is configured (partner.gazetteer.path)", null));
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new GazetteerUnavailableException("The gazetteer file " + path + " cannot be read: " + e, e);
        }
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + LOAD_LOCK + ")) as locked")
                .getSingleResult();
        String checksum = sha256(content);
        Optional<GazetteerLoad> latest = GazetteerLoad.latest();
        if (!force && latest.isPresent() && latest.get().checksum().equals(checksum) && PostcodeArea.count() > 0) {
            LOG.infof("Gazetteer %s unchanged since %s; not reloaded", path, latest.get().loadedAt());
            return latest.get();
        }
        GazetteerFile.Parsed parsed;
        try {
            parsed = GazetteerFile.parse(new StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new GazetteerUnavailableException("The gazetteer file " + path + " cannot be read: " + e, e);
        }
        replaceAreas(parsed);
        GazetteerLoad load = new GazetteerLoad(path, checksum, parsed, by, Instant.now(clock));
        load.persist();
        loaded.fire(new GazetteerLoaded(parsed.areas().size()));
        LOG.infof("Gazetteer loaded from %s: %d postcodes from %d rows (%d skipped)", path, parsed.areas().size(),
                parsed.rowsRead(), parsed.rowsSkipped());
        return load;
    }

    private void replaceAreas(GazetteerFile.Parsed parsed) {
        em.flush();
        em.createQuery("delete from PostcodeArea").executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into postcode_area (pc4, place, "
                    + "municipality, municipality_code, province, latitude, longitude, source_rows, derivation, "
                    + "ignored_places) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (PostcodeCentroid area : parsed.areas()) {
                    insert.setString(1, area.pc4());
                    insert.setString(2, area.place());
                    insert.setString(3, area.municipality());
                    insert.setString(4, area.municipalityCode());
                    insert.setString(5, area.province());
                    insert.setDouble(6, area.centre().latitude());
                    insert.setDouble(7, area.centre().longitude());
                    insert.setInt(8, area.sourceRows());
                    insert.setString(9, area.derivation().name());
                    String ignored = String.join(PostcodeArea.IGNORED_SEPARATOR, area.ignoredPlaces());
                    insert.setString(10, ignored.isEmpty() ? null : ignored.substring(0, Math.min(2000, ignored.length())));
                    insert.addBatch();
                    if (++batched % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        em.clear();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
