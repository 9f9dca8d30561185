package nl.totalservice.onboarding.partner.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.GazetteerLoaded;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.Pc4;
import nl.totalservice.onboarding.partner.geography.PostcodeCentroid;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The partner registry: the transaction boundary for every partner change, each published as a snapshot. */
@ApplicationScoped
public class PartnerRegistry {

    private static final Logger LOG = Logger.getLogger(PartnerRegistry.class);

    private final PartnerRepository partners;
    private final Gazetteer gazetteer;
    private final PartnerEvents events;
    private final Clock clock;

    public PartnerRegistry(PartnerRepository partners, Gazetteer gazetteer, PartnerEvents events, Clock clock) {
        this.partners = partners;
        this.gazetteer = gazetteer;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Partner register(PartnerDetails details, int activeCustomers, String by) {
        refuseDuplicateEmail(details.email(), null);
        Instant now = Instant.now(clock);
        Partner partner = Partner.register(details, activeCustomers, located(details), by, now);
        partners.persist(partner);
        events.registered(partner, now);
        return partner;
    }

    /** Replaces what the coordinator maintains, if {@code expectedVersion} (null: any) is still current (else 412). */
    @Transactional
    public Partner update(UUID id, Long expectedVersion, PartnerDetails details, String by) {
        Partner partner = get(id);
        IfMatch.check(expectedVersion, partner.version());
        refuseDuplicateEmail(details.email(), id);
        Instant now = Instant.now(clock);
        partner.update(details, located(details), by, now);
        events.updated(partner, now);
        return partner;
    }

    @Transactional
    public Optional<Partner> find(UUID id) {
        return partners.findByIdOptional(id);
    }

    @Transactional
    public Partner get(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Partner", id));
    }

    /** A page of partners by name, filtered by active flag and part of the name (either may be null). */
    @Transactional
    public Page<Partner> list(Boolean active, String nameContains, Paging paging) {
        return partners.page(active, nameContains, paging);
    }

    /** A lead of the partner was onboarded: one more customer, published as a snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerGained(UUID partnerId) {
        Partner partner = get(partnerId);
        Instant now = Instant.now(clock);
        partner.gainCustomer(now);
        events.updated(partner, now);
    }

    /** A counted customer was withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerLost(UUID partnerId) {
        Optional<Partner> partner = partners.findByIdOptional(partnerId);
        if (partner.isEmpty()) {
            LOG.warnf("Customer of unknown partner %s withdrawn; nothing to count down", partnerId);
            return;
        }
        Instant now = Instant.now(clock);
        partner.get().loseCustomer(now);
        events.updated(partner.get(), now);
    }

    /** A new gazetteer: partners located from it move to their postcode's new centre. */
    void relocate(@Observes GazetteerLoaded loaded) {
        Instant now = Instant.now(clock);
        for (Partner partner : partners.notLocatedByHand()) {
            if (partner.relocate(centreOf(partner.postcode()), now)) {
                events.updated(partner, now);
            }
        }
    }

    /** The office's place from the gazetteer unless given; a postcode it cannot place is refused (422). */
    private GeoPoint located(PartnerDetails details) {
        return details.location() != null ? null : gazetteer.place(details.postcode(), "address.postcode");
    }

    private GeoPoint centreOf(String postcode) {
        return Pc4.of(postcode).flatMap(gazetteer::lookup).map(PostcodeCentroid::centre).orElse(null);
    }

    private void refuseDuplicateEmail(String email, UUID self) {
        partners.findByEmail(email)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.duplicate("A partner with email " + email + " exists",
                            existing.id(), "/api/partners/" + existing.id());
                });
    }
}
