package nl.totalservice.onboarding.partner.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** The PC4 gazetteer: lookups, and (re)loading the bundled data or the configured file into the database. */
@ApplicationScoped
public class Gazetteer {

    private static final Logger LOG = Logger.getLogger(Gazetteer.class);
    /** Serialises loads across instances of the service. */
    private static final long LOAD_LOCK = 0x6761_7a65_7474_6572L;

    private final GazetteerConfig config;
    private final PostcodeAreaRepository areas;
    private final GazetteerLoadRepository loads;
    private final EntityManager em;
    private final Event<GazetteerLoaded> loaded;
    private final Clock clock;
    private volatile String problem;

    public Gazetteer(GazetteerConfig config, PostcodeAreaRepository areas, GazetteerLoadRepository loads,
                     EntityManager em, Event<GazetteerLoaded> loaded, Clock clock) {
        this.config = config;
        this.areas = areas;
        this.loads = loads;
        this.em = em;
        this.loaded = loaded;
        this.clock = clock;
    }

    /** The area of {@code pc4} ("1234"), if the gazetteer has it. */
    @Transactional
    public Optional<PostcodeCentroid> lookup(String pc4) {
        return areas.findByIdOptional(pc4).map(PostcodeArea::toCentroid);
    }

    /**
     * The centre of {@code postcode}'s PC4 area; refuses (422, naming {@code field}) when the
     * gazetteer does not have it or none is loaded, so nothing is silently left without a place.
     */
    @Transactional
    public GeoPoint place(String postcode, String field) {
        Optional<String> pc4 = Pc4.of(postcode);
        return pc4.flatMap(this::lookup).map(PostcodeCentroid::centre)
                .orElseThrow(() -> new PostcodeNotPlaceableException(field, postcode, pc4.orElse(null), isLoaded()));
    }

    /** Whether any gazetteer data is loaded (else region cannot decide). */
    @Transactional
    public boolean isLoaded() {
        return areas.count() > 0;
    }

    @Transactional
    public Optional<GazetteerLoad> latestLoad() {
        return loads.latest();
    }

    @Transactional
    public long postcodes() {
        return areas.count();
    }

    /** Loads the configured source unless the last load had the same content; returns the load in force. */
    @Transactional
    public GazetteerLoad loadIfChanged(String by) {
        return load(by, false);
    }

    /**
     * Loads the configured source (a file when {@code partner.gazetteer.path} is set, else the bundled
     * data), replacing every postcode area, and relocates partners. When it cannot be read the data
     * in force stays, and {@link #problem()} says why until a load succeeds.
     */
    @Transactional
    public GazetteerLoad load(String by, boolean force) {
        GazetteerSource source = GazetteerSource.of(config);
        try {
            GazetteerLoad load = load(source, by, force);
            problem = null;
            return load;
        } catch (GazetteerUnavailableException e) {
            problem = e.getMessage();
            throw e;
        }
    }

    /** Why the configured source could not be loaded at the last attempt, if it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The source the configuration asks for. */
    public GazetteerSourceKind configuredSource() {
        return GazetteerSource.of(config).kind();
    }

    private GazetteerLoad load(GazetteerSource source, String by, boolean force) {
        long started = System.nanoTime();
        byte[] content = source.read();
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + LOAD_LOCK + ")) as locked")
                .getSingleResult();
        String checksum = sha256(content);
        Optional<GazetteerLoad> latest = loads.latest();
        if (!force && latest.isPresent() && latest.get().checksum().equals(checksum)
                && latest.get().sourceKind() == source.kind() && areas.count() > 0) {
            LOG.infof("Gazetteer unchanged since %s (%s, SHA-256 %s); not reloaded (%d ms)", latest.get().loadedAt(),
                    source.location(), checksum.substring(0, 12), (System.nanoTime() - started) / 1_000_000);
            return latest.get();
        }
        GazetteerSource.Data data = source.parse(content);
        replaceAreas(data.parsed());
        GazetteerLoad load = new GazetteerLoad(source, checksum, data, by, Instant.now(clock));
        loads.persist(load);
        loaded.fire(new GazetteerLoaded(data.parsed().areas().size()));
        LOG.infof("Gazetteer loaded from %s%s: %d postcodes from %d rows (%d skipped) in %d ms", source.location(),
                data.version() == null ? "" : " (version " + data.version() + ")", data.parsed().areas().size(),
                data.parsed().rowsRead(), data.parsed().rowsSkipped(), (System.nanoTime() - started) / 1_000_000);
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
