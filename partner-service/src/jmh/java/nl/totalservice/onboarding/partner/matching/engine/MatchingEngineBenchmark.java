package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One decision over 5,000 partners (the target: under 1 ms at p99). SampleTime mode gives the
 * percentiles. The partners are spread over the Netherlands with a realistic mix: 5% inactive,
 * ~10% at capacity, 3% on holiday today; service areas as the default radius (40 km) for most,
 * an own radius (10 to 80 km) for 20%, extra PC4 ranges for 5%, a province for 5% and the whole
 * country for 1%. Each invocation decides for the next of 256 leads (with PC4 and province), a
 * quarter of which name a partner, some of which carry decliners, and one in eight of which lies
 * where few partners are (the decision widens).
 *
 * <p>Run: {@code mvn -B -q -Pbenchmark test-compile exec:exec -pl partner-service}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingEngineBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @Param({"5000"})
    int partners;

    private List<PartnerSnapshot> snapshots;
    private MatchRequest[] leads;
    private MatchingEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        snapshots = new ArrayList<>(partners);
        for (int i = 0; i < partners; i++) {
            int capacity = 5 + random.nextInt(40);
            int customers = random.nextInt(10) == 0 ? capacity : random.nextInt(capacity);
            List<Unavailability> holidays = random.nextInt(100) < 3
                    ? List.of(new Unavailability(TODAY.minusDays(3), TODAY.plusDays(7), "Holiday"))
                    : random.nextInt(100) < 10 ? List.of(new Unavailability(TODAY.plusDays(20), TODAY.plusDays(30), "Later"))
                    : List.of();
            snapshots.add(new PartnerSnapshot(new UUID(random.nextLong(), random.nextLong()), "Partner " + i,
                    random.nextInt(100) >= 5, capacity, customers, random.nextInt(3), point(random), holidays,
                    random.nextBoolean() ? null : Instant.parse("2026-06-01T00:00:00Z").plusSeconds(random.nextInt(2_000_000)),
                    area(random)));
        }
        leads = new MatchRequest[256];
        for (int i = 0; i < leads.length; i++) {
            Wish wish = i % 4 == 0 ? new Wish(snapshots.get(random.nextInt(partners)).id(), "EXISTING_CONTACT") : null;
            Set<UUID> declined = i % 8 == 1 ? Set.of(snapshots.get(random.nextInt(partners)).id()) : Set.of();
            GeoPoint where = i % 8 == 5 ? new GeoPoint(53.45, 3.3) : point(random); // off the coast: widens
            int pc4 = 1000 + random.nextInt(9000);
            leads[i] = new MatchRequest(LeadLocation.coordinates(where), wish, declined, TODAY, Integer.toString(pc4),
                    Province.values()[random.nextInt(Province.values().length)]);
        }
        engine = new MatchingEngine(MatchingPolicy.defaults());
    }

    private static ServiceArea area(Random random) {
        int kind = random.nextInt(100);
        if (kind < 20) {
            return new ServiceArea(10.0 + random.nextInt(70), List.of(), List.of(), false);
        }
        if (kind < 25) {
            int from = 1000 + random.nextInt(8900);
            return new ServiceArea(null, List.of(new Pc4Range(from, from + 99)), List.of(), false);
        }
        if (kind < 30) {
            return new ServiceArea(null, List.of(), List.of(Province.values()[random.nextInt(12)]), false);
        }
        return kind < 31 ? new ServiceArea(null, List.of(), List.of(), true) : ServiceArea.byDefault();
    }

    private static GeoPoint point(Random random) {
        return new GeoPoint(50.75 + random.nextDouble() * 2.7, 3.4 + random.nextDouble() * 3.8);
    }

    @Benchmark
    public Decision decideOverAllPartners() {
        MatchRequest lead = leads[next++ & (leads.length - 1)];
        return engine.decide(lead, snapshots);
    }
}
