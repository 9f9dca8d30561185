package nl.totalservice.onboarding.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** task-service's JSON as the portal reads and writes it: only the fields a page uses (tolerant reader). */
public final class TaskModels {

    private TaskModels() {
    }

    /** The customer as a task shows it; contact fields may be absent before the partner accepts. */
    public record LeadSummary(String companyName, String contactName, String email, String phone, String postcode,
                              String city) {
    }

    /** The sales person who owns the lead. */
    public record Owner(String email, String name) {
    }

    /** A partner named on a task. */
    public record PartnerRef(UUID id, String name) {
    }

    /** A partner's own task. */
    public record PortalTaskView(UUID id, String status, UUID leadId, LeadSummary lead, Owner owner, String notes,
                                 boolean urgent, Instant dueAt, Instant assignedAt, Instant acceptBy, boolean overdue,
                                 Instant acceptedAt, Instant customerContactedAt, Instant completedAt,
                                 String outcome) {
    }

    /** A task in the coordinator's queue. */
    public record QueueItemView(UUID id, String origin, UUID leadId, LeadSummary lead, boolean urgent, String notes,
                                Instant dueAt, Owner owner, PartnerRef suggestedPartner,
                                List<PartnerRef> declinedPartners, Instant createdAt) {

        public List<PartnerRef> declinedPartners() {
            return declinedPartners == null ? List.of() : declinedPartners;
        }
    }

    /** One line of a task's history. */
    public record HistoryEntry(Instant at, String actor, String action, String statusAfter, String code, String note) {
    }

    /** A task with everything (coordinator and sales). */
    public record TaskView(UUID id, String status, String origin, UUID leadId, LeadSummary lead, Owner owner,
                           String notes, boolean urgent, Instant dueAt, PartnerRef suggestedPartner,
                           PartnerRef assignedPartner, String overrideReason, List<PartnerRef> declinedPartners,
                           UUID decisionId, Instant createdAt, Instant acceptBy, boolean overdue, Instant acceptedAt,
                           Instant completedAt, String outcome, List<HistoryEntry> history) {

        public List<PartnerRef> declinedPartners() {
            return declinedPartners == null ? List.of() : declinedPartners;
        }

        public List<HistoryEntry> history() {
            return history == null ? List.of() : history;
        }
    }

    /** Who to phone at the partner. */
    public record PartnerContact(UUID id, String name, String contactName, String phone, String email) {
    }

    /** One attempt to phone. */
    public record CallAttempt(Instant at, String outcome, Instant callBackAt, String recordedBy, String note) {
    }

    /** A call to make for an urgent assignment. */
    public record CallView(UUID id, UUID taskId, LeadSummary lead, PartnerContact partner, String status,
                           Instant dueAt, List<CallAttempt> attempts) {

        public List<CallAttempt> attempts() {
            return attempts == null ? List.of() : attempts;
        }
    }

    /** The partner declines. */
    public record DeclineRequest(String reason, String note) {
    }

    /** The partner was in touch with the customer. */
    public record CustomerContactRequest(String channel, String note) {
    }

    /** The partner completes the follow-up. */
    public record CompleteRequest(String outcome, String note) {
    }

    /** The coordinator assigns. */
    public record AssignRequest(UUID partnerId, String overrideReason) {
    }

    /** What came of a call. */
    public record CallOutcomeRequest(String outcome, Instant callBackAt, String note) {
    }
}
