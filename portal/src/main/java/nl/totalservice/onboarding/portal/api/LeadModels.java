package nl.totalservice.onboarding.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** lead-service's JSON as the portal reads and writes it: only the fields a page uses (tolerant reader). */
public final class LeadModels {

    private LeadModels() {
    }

    /** A lead in a list. */
    public record LeadSummaryView(UUID id, String state, String companyName, String contactName, String city,
                                  String ownerEmail, Boolean interested, String nextOnboardingStep,
                                  Instant registeredAt) {
    }

    /** The customer's contact person. */
    public record Contact(String name, String email, String phone) {
    }

    /** The customer's address. */
    public record Address(String street, String houseNumber, String postcode, String city) {
    }

    /** The sales person responsible. */
    public record Owner(String email, String name) {
    }

    /** The current interest decision. */
    public record Interest(boolean interested, String reason, String note, Instant recordedAt) {
    }

    /** The partner lead-service proposed. */
    public record ProposedPartner(UUID partnerId, String name, String rule) {
    }

    /** The partner that accepted. */
    public record ConfirmedPartner(UUID partnerId, UUID taskId, Instant confirmedAt) {
    }

    /** The partner side of a lead. */
    public record PartnerProgress(ProposedPartner proposed, ConfirmedPartner confirmed) {
    }

    /** One onboarding step (4 to 7). */
    public record Step(String step, int processStep, boolean completed, Instant completedAt) {
    }

    /** One document of the mandatory checklist. */
    public record Document(String code, String label, boolean required, String status) {
    }

    /** Onboarding steps 4 to 7. */
    public record Onboarding(String nextStep, List<Step> steps, List<Document> documents, Instant onboardedAt) {

        public List<Step> steps() {
            return steps == null ? List.of() : steps;
        }

        public List<Document> documents() {
            return documents == null ? List.of() : documents;
        }
    }

    /** A lead in full. */
    public record LeadView(UUID id, String state, String companyName, String kvkNumber, Contact contact,
                           Address address, Owner owner, String source, Interest interest, PartnerProgress partner,
                           Onboarding onboarding, Instant registeredAt) {
    }

    /** One step in a lead's life, from any service. */
    public record TimelineEntry(Instant occurredAt, String source, String type, String summary) {
    }

    /** A lead's progress view. */
    public record Timeline(UUID leadId, List<TimelineEntry> entries) {

        public List<TimelineEntry> entries() {
            return entries == null ? List.of() : entries;
        }
    }

    /** A new lead. */
    public record LeadRequest(String companyName, String kvkNumber, Contact contact, Address address, String source) {
    }

    /** The customer's answer to the offer. */
    public record InterestRequest(Boolean interested, String reason, String note) {
    }

    /** Step 4. */
    public record DomainRequest(String identifier, String action) {
    }

    /** Step 5. */
    public record OrderConfirmationRequest(LocalDate signedOn, String documentReference) {
    }

    /** A document received or approved. */
    public record DocumentRequest(String note) {
    }

    /** Step 7. */
    public record StartRequest(Instant startAt, String note) {
    }

    /** A not-interested reason with its labels. */
    public record ReasonLabel(String code, String label, String labelNl) {
    }

    /** Code lists for forms. */
    public record ReferenceData(List<String> sources, List<ReasonLabel> interestReasons) {

        public List<ReasonLabel> interestReasons() {
            return interestReasons == null ? List.of() : interestReasons;
        }
    }

    /** Count per not-interested reason. */
    public record ReasonCount(String reason, String label, long count) {
    }

    /** The interest report. */
    public record InterestReport(long total, long interested, long notInterested, List<ReasonCount> byReason) {

        public List<ReasonCount> byReason() {
            return byReason == null ? List.of() : byReason;
        }
    }
}
