package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.GreatCircle;
import nl.totalservice.onboarding.partner.geography.ServiceArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the engine knows of one partner at decision time. Built once per decision by the service
 * (or once per benchmark); the unit vector of its location is computed here so ranking thousands
 * of partners costs a few multiplications each.
 */
public final class PartnerSnapshot {

    private final UUID id;
    private final String idText;
    private final String name;
    private final boolean active;
    private final int capacity;
    private final int activeCustomers;
    private final int openAssignments;
    private final GeoPoint location;
    private final List<Unavailability> unavailability;
    private final Instant lastAssignedAt;
    private final ServiceArea serviceArea;
    /** The squared chord of the partner's own radius (NaN when it has none): no trigonometry per decision. */
    final double ownRadiusChord;
    /** Whether its area is more than a radius (ranges, provinces, whole country): most are not, and skip those checks. */
    final boolean areaBeyondRadius;
    final double x;
    final double y;
    final double z;

    /**
     * @param openAssignments leads matched or assigned to the partner, not yet onboarded, withdrawn or declined
     * @param lastAssignedAt  when the partner last got a lead, or null if never
     */
    public PartnerSnapshot(UUID id, String name, boolean active, int capacity, int activeCustomers,
                           int openAssignments, GeoPoint location, List<Unavailability> unavailability,
                           Instant lastAssignedAt) {
        this(id, name, active, capacity, activeCustomers, openAssignments, location, unavailability, lastAssignedAt,
                ServiceArea.byDefault());
    }

    /** @param serviceArea where it takes customers (null: the default radius and nothing more) */
    public PartnerSnapshot(UUID id, String name, boolean active, int capacity, int activeCustomers,
                           int openAssignments, GeoPoint location, List<Unavailability> unavailability,
                           Instant lastAssignedAt, ServiceArea serviceArea) {
        this.id = id;
        this.idText = id.toString();
        this.name = name;
        this.active = active;
        this.capacity = capacity;
        this.activeCustomers = activeCustomers;
        this.openAssignments = openAssignments;
        this.location = location;
        this.unavailability = unavailability == null ? List.of() : List.copyOf(unavailability);
        this.lastAssignedAt = lastAssignedAt;
        this.serviceArea = serviceArea == null ? ServiceArea.byDefault() : serviceArea;
        this.ownRadiusChord = this.serviceArea.radiusKm() == null ? Double.NaN
                : GreatCircle.squaredChordFromKm(this.serviceArea.radiusKm());
        this.areaBeyondRadius = this.serviceArea.wholeCountry() || !this.serviceArea.pc4Ranges().isEmpty()
                || !this.serviceArea.provinces().isEmpty();
        if (location == null) {
            x = Double.NaN;
            y = Double.NaN;
            z = Double.NaN;
        } else {
            double[] vector = GreatCircle.unitVector(location);
            x = vector[0];
            y = vector[1];
            z = vector[2];
        }
    }

    /** The period that makes the partner unavailable on {@code day}, or null. */
    Unavailability unavailableOn(LocalDate day) {
        for (Unavailability period : unavailability) {
            if (period.covers(day)) {
                return period;
            }
        }
        return null;
    }

    public UUID id() {
        return id;
    }

    String idText() {
        return idText;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public int capacity() {
        return capacity;
    }

    public int activeCustomers() {
        return activeCustomers;
    }

    public int openAssignments() {
        return openAssignments;
    }

    public GeoPoint location() {
        return location;
    }

    public List<Unavailability> unavailability() {
        return unavailability;
    }

    public Instant lastAssignedAt() {
        return lastAssignedAt;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }
}
