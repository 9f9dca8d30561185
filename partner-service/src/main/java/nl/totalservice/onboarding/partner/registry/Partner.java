package nl.totalservice.onboarding.partner.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A partner accounting firm: contact, office, capacity, availability and its current customers. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String phone;
    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;
    private String street;
    @Column(name = "house_number")
    private String houseNumber;
    @Column(nullable = false)
    private String postcode;
    @Column(nullable = false)
    private String city;
    private Double latitude;
    private Double longitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "location_source", nullable = false)
    private LocationSource locationSource;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private int capacity;
    @Column(name = "active_customers", nullable = false)
    private int activeCustomers;
    private String notes;
    @Column(name = "service_radius_km")
    private Double serviceRadiusKm;
    /** "9400-9499,7881" */
    @Column(name = "service_pc4_ranges")
    private String servicePc4Ranges;
    /** "Drenthe,Groningen" (the gazetteer's names) */
    @Column(name = "service_provinces")
    private String serviceProvinces;
    @Column(name = "service_whole_country", nullable = false)
    private boolean serviceWholeCountry;

    // eager (views are built after the transaction), by subselect so a page of partners costs one query more
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partner_unavailability", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("from")
    private List<UnavailablePeriod> unavailability = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Partner() {
    }

    /** A new partner; {@code located} is the gazetteer's centre for its postcode when no location is given. */
    public static Partner register(PartnerDetails details, int activeCustomers, GeoPoint located, String by,
                                   Instant now) {
        if (activeCustomers < 0) {
            throw new IllegalArgumentException("activeCustomers must not be negative");
        }
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.activeCustomers = activeCustomers;
        partner.createdAt = now;
        partner.createdBy = by;
        partner.apply(details, located, by, now);
        return partner;
    }

    /** Replaces what the coordinator maintains. */
    public void update(PartnerDetails details, GeoPoint located, String by, Instant now) {
        apply(details, located, by, now);
    }

    private void apply(PartnerDetails details, GeoPoint located, String by, Instant now) {
        name = details.name();
        contactName = details.contactName();
        email = details.email();
        phone = details.phone();
        preferredLanguage = details.preferredLanguage();
        street = details.street();
        houseNumber = details.houseNumber();
        postcode = details.postcode();
        city = details.city();
        placeAt(details.location(), located);
        active = details.active();
        capacity = details.capacity();
        notes = details.notes();
        ServiceArea area = details.serviceArea();
        serviceRadiusKm = area.radiusKm();
        servicePc4Ranges = area.pc4Ranges().isEmpty() ? null
                : area.pc4Ranges().stream().map(Pc4Range::toString).collect(Collectors.joining(","));
        serviceProvinces = area.provinces().isEmpty() ? null
                : area.provinces().stream().map(Province::displayName).collect(Collectors.joining(","));
        serviceWholeCountry = area.wholeCountry();
        unavailability.clear();
        unavailability.addAll(details.unavailability());
        updatedAt = now;
        updatedBy = by;
    }

    private void placeAt(GeoPoint given, GeoPoint located) {
        GeoPoint point = given != null ? given : located;
        locationSource = given != null ? LocationSource.GIVEN : located != null ? LocationSource.GAZETTEER
                : LocationSource.NONE;
        latitude = point == null ? null : point.latitude();
        longitude = point == null ? null : point.longitude();
    }

    /**
     * A new gazetteer centre for the office postcode; a given location stays. Returns whether
     * anything changed.
     */
    public boolean relocate(GeoPoint located, Instant now) {
        if (locationSource == LocationSource.GIVEN) {
            return false;
        }
        GeoPoint before = location();
        placeAt(null, located);
        if (java.util.Objects.equals(before, location())) {
            return false;
        }
        updatedAt = now;
        updatedBy = "gazetteer";
        return true;
    }

    /** A lead of this partner was onboarded. */
    public void gainCustomer(Instant now) {
        activeCustomers++;
        updatedAt = now;
        updatedBy = "lead-events";
    }

    /** A counted customer was withdrawn; the count never goes below zero. */
    public void loseCustomer(Instant now) {
        activeCustomers = Math.max(0, activeCustomers - 1);
        updatedAt = now;
        updatedBy = "lead-events";
    }

    public boolean unavailableOn(LocalDate day) {
        return unavailability.stream().anyMatch(period -> !day.isBefore(period.from()) && !day.isAfter(period.to()));
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String contactName() {
        return contactName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String street() {
        return street;
    }

    public String houseNumber() {
        return houseNumber;
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }

    public GeoPoint location() {
        return GeoPoint.ofNullable(latitude, longitude);
    }

    public LocationSource locationSource() {
        return locationSource;
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

    public String notes() {
        return notes;
    }

    public ServiceArea serviceArea() {
        return serviceAreaOf(serviceRadiusKm, servicePc4Ranges, serviceProvinces, serviceWholeCountry);
    }

    /** The service area as stored in the partner's columns (also read without loading the entity). */
    public static ServiceArea serviceAreaOf(Double radiusKm, String pc4Ranges, String provinceNames,
                                            boolean wholeCountry) {
        List<Pc4Range> ranges = pc4Ranges == null ? List.of() : Arrays.stream(pc4Ranges.split(","))
                .map(range -> Pc4Range.parse(range).orElseThrow()).toList();
        List<Province> provinces = provinceNames == null ? List.of() : Arrays.stream(provinceNames.split(","))
                .map(name -> Province.of(name).orElseThrow()).toList();
        return new ServiceArea(radiusKm, ranges, provinces, wholeCountry);
    }

    public List<UnavailablePeriod> unavailability() {
        return List.copyOf(unavailability);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
