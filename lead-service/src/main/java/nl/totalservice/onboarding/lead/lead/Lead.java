package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lead, from first contact to onboarded customer: the aggregate root. Its methods are the
 * only way its state changes, and they refuse moves that the process does not allow.
 */
@Entity
@Table(name = "lead")
@NamedQuery(name = LeadRepository.CONFLICTING, query = LeadRepository.CONFLICTING_QUERY)
@NamedQuery(name = LeadRepository.PRESENCE, query = LeadRepository.PRESENCE_QUERY)
public class Lead {

    /** What stands where erased personal data stood in a field that cannot be empty. */
    public static final String ERASED = "[erased]";

    @Id
    UUID id;
    @Version
    long version;
    @Enumerated(EnumType.STRING)
    LeadState state;
    @Column(name = "company_name")
    String companyName;
    @Column(name = "kvk_number")
    String kvkNumber;
    @Embedded
    Contact contact;
    @Embedded
    Address address;
    String pc4;
    @Embedded
    Coordinates coordinates;
    @Embedded
    Owner owner;
    @Enumerated(EnumType.STRING)
    LeadSource source;
    @Embedded
    Wish wish;
    @Column(name = "registered_by")
    String registeredBy;
    @Column(name = "registered_at")
    Instant registeredAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Embedded
    Interest interest = new Interest();
    @Embedded
    PartnerProgress partner = new PartnerProgress();
    @Embedded
    Onboarding onboarding = new Onboarding();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "lead_id", nullable = false)
    @OrderBy("position")
    List<LeadDocument> documents = new ArrayList<>();
    @Embedded
    Withdrawal withdrawal;
    @Embedded
    Erasure erasure;

    protected Lead() {
    }

    public static Lead register(LeadDetails details, String by, Instant at) {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.state = LeadState.REGISTERED;
        lead.apply(details);
        lead.registeredBy = by;
        lead.registeredAt = at;
        lead.updatedAt = at;
        return lead;
    }

    /** Sales corrects what it registered (a typo, a new phone number, the KvK number once known). */
    public void correct(LeadDetails details, Instant at) {
        requireChangeable();
        apply(details);
        touch(at);
    }

    /** Refuses (409 with the current state) when the lead is onboarded, withdrawn or erased. */
    public void requireChangeable() {
        if (erasure != null) {
            throw ProblemException.conflict("lead-erased", "The personal data of lead " + id + " was erased on "
                    + erasure.erasedAt() + "; it cannot be changed any more", Map.of("erasedAt",
                    erasure.erasedAt().toString()));
        }
        if (!state.isOpen()) {
            throw ProblemException.illegalTransition("A lead that is " + state + " cannot be changed", state);
        }
    }

    private void apply(LeadDetails details) {
        companyName = details.companyName();
        kvkNumber = details.kvkNumber();
        contact = details.contact();
        address = details.address();
        pc4 = details.address().pc4();
        coordinates = details.coordinates();
        owner = details.owner();
        source = details.source();
        wish = details.wish();
    }

    /** Records the customer's (revised) decision; returns its revision number. */
    public int recordInterest(InterestDecision decision, String by, Instant at) {
        if (!state.acceptsInterestDecision()) {
            throw ProblemException.illegalTransition("Interest can be recorded until a partner is confirmed; this lead "
                    + "is " + state + (state.isOpen() ? " (withdraw it if the customer backs out)" : ""), state);
        }
        if (decision.interested() && state == LeadState.INTERESTED) {
            throw ProblemException.illegalTransition("The customer is already recorded as interested", state);
        }
        int revision = interestForChange().record(decision, by, at);
        state = decision.interested() ? LeadState.INTERESTED : LeadState.NOT_INTERESTED;
        touch(at);
        return revision;
    }

    /** Keeps partner-service's latest proposal; returns false when the lead is closed and ignores it. */
    public boolean proposePartner(PartnerProposal proposal) {
        if (!state.isOpen()) {
            return false;
        }
        partnerForChange().propose(proposal);
        touch(proposal.proposedAt());
        return true;
    }

    /** A partner accepted the follow-up: the first acceptance of an interested lead confirms that partner. */
    public ConfirmationOutcome confirmPartner(UUID partnerId, UUID taskId, Instant at) {
        if (partner().isConfirmed()) {
            return partner().confirmedPartnerId().equals(partnerId)
                    ? ConfirmationOutcome.ALREADY_CONFIRMED : ConfirmationOutcome.OTHER_PARTNER_CONFIRMED;
        }
        if (state != LeadState.INTERESTED) {
            return ConfirmationOutcome.LEAD_NOT_READY;
        }
        partnerForChange().confirm(partnerId, taskId, at);
        state = LeadState.PARTNER_CONFIRMED;
        touch(at);
        return ConfirmationOutcome.CONFIRMED;
    }

    /** Step 4: the customer's domain was created or changed. */
    public void recordDomain(DomainRecord domain, String by, Instant at) {
        onboardingForChange().recordDomain(domain, state, by, at);
        touch(at);
    }

    /**
     * Step 5: the order confirmation is in; this opens step 6 with {@code checklist}. Returns whether
     * step 6 completed at once (a checklist without required documents).
     */
    public boolean confirmOrder(OrderConfirmation order, List<ChecklistItem> checklist, String by, Instant at) {
        onboardingForChange().confirmOrder(order, state, by, at);
        for (int i = 0; i < checklist.size(); i++) {
            documents.add(new LeadDocument(i + 1, checklist.get(i)));
        }
        touch(at);
        return onboardingForChange().completeDocumentsIf(checklistSatisfied(), by, at);
    }

    public void receiveDocument(String code, String reference, String note, String by, Instant at) {
        onboardingForChange().requireDocumentsOpen(state);
        document(code).receive(reference, note, by, at);
        touch(at);
    }

    /** Approves a document; returns whether this completed step 6. */
    public boolean approveDocument(String code, String note, String by, Instant at) {
        onboardingForChange().requireDocumentsOpen(state);
        document(code).approve(note, by, at);
        touch(at);
        return onboardingForChange().completeDocumentsIf(checklistSatisfied(), by, at);
    }

    public void rejectDocument(String code, String reason, String by, Instant at) {
        onboardingForChange().requireDocumentsOpen(state);
        document(code).reject(reason, by, at);
        touch(at);
    }

    /**
     * Step 7: schedules the start with the partner. The first time completes the onboarding (the
     * lead becomes ONBOARDED); later calls reschedule. Returns the previous start, or null.
     */
    public Instant scheduleStart(StartPlan plan, String by, Instant at) {
        Instant previous = onboardingForChange().scheduleStart(plan, state, by, at);
        if (previous == null) {
            state = LeadState.ONBOARDED;
            onboardingForChange().onboarded(at);
        }
        touch(at);
        return previous;
    }

    public LeadDocument document(String code) {
        return documents.stream().filter(document -> document.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Document", code + " on the checklist of lead " + id));
    }

    private boolean checklistSatisfied() {
        return documents.stream().allMatch(LeadDocument::isSatisfied);
    }

    public void withdraw(WithdrawalReason reason, String note, String by, Instant at) {
        if (!state.isOpen()) {
            throw ProblemException.illegalTransition("A lead that is " + state + " cannot be withdrawn", state);
        }
        if (reason == WithdrawalReason.OTHER && note == null) {
            throw ProblemException.invalidField("note", "is required when the reason is OTHER");
        }
        withdrawal = new Withdrawal(reason, note, by, at, state);
        state = LeadState.WITHDRAWN;
        touch(at);
    }

    /** Marks a change (and makes sure the version moves, also when only a child row changed). */
    private void touch(Instant at) {
        updatedAt = at;
    }

    /**
     * Erases the customer's personal data (a right-to-erasure request) and keeps what reporting needs:
     * state, source, interest decisions and reason codes, the postcode area (PC4) and place, the
     * partners, owner and every date. Gone: the company name and KvK number (a sole trader's name and
     * registration identify a person), the contact person, street, house number, full postcode and
     * position, and every free-text note. Returns false when it was erased before (nothing changes).
     */
    public boolean erase(String by, Instant at) {
        if (erasure != null) {
            return false;
        }
        erasure = new Erasure(by, at);
        companyName = ERASED;
        kvkNumber = null;
        contact = new Contact(ERASED, null, null);
        address = new Address(null, null, pc4, address.city());
        coordinates = null;
        wish = wish == null ? null : new Wish(wish.partnerId(), wish.kind(), null);
        withdrawal = withdrawal == null ? null : new Withdrawal(withdrawal.reason(), null, withdrawal.withdrawnBy(),
                withdrawal.withdrawnAt(), withdrawal.previousState());
        interest.note = null;
        onboarding.eraseNotes();
        documents.forEach(LeadDocument::eraseNotes);
        touch(at);
        return true;
    }

    public Erasure erasure() {
        return erasure;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LeadState state() {
        return state;
    }

    public String companyName() {
        return companyName;
    }

    public String kvkNumber() {
        return kvkNumber;
    }

    public Contact contact() {
        return contact;
    }

    public Address address() {
        return address;
    }

    public Coordinates coordinates() {
        return coordinates;
    }

    public Owner owner() {
        return owner;
    }

    public LeadSource source() {
        return source;
    }

    public Wish wish() {
        return wish;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    /*
     * Hibernate loads an embedded part whose columns are all null as null. The public accessors never
     * return null and never assign (an assignment would count as a change and move the version);
     * the lead's own methods change the parts through the *ForChange accessors.
     */
    public Interest interest() {
        return interest != null ? interest : new Interest();
    }

    public PartnerProgress partner() {
        return partner != null ? partner : new PartnerProgress();
    }

    public Onboarding onboarding() {
        return onboarding != null ? onboarding : new Onboarding();
    }

    private Interest interestForChange() {
        if (interest == null) {
            interest = new Interest();
        }
        return interest;
    }

    private PartnerProgress partnerForChange() {
        if (partner == null) {
            partner = new PartnerProgress();
        }
        return partner;
    }

    private Onboarding onboardingForChange() {
        if (onboarding == null) {
            onboarding = new Onboarding();
        }
        return onboarding;
    }

    public List<LeadDocument> documents() {
        return documents;
    }
}
