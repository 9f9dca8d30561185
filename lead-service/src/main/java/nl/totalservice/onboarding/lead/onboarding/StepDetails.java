package nl.totalservice.onboarding.lead.onboarding;

import nl.totalservice.onboarding.lead.lead.DomainRecord;
import nl.totalservice.onboarding.lead.lead.LeadDocument;
import nl.totalservice.onboarding.lead.lead.OrderConfirmation;
import nl.totalservice.onboarding.lead.lead.StartPlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The step-specific {@code details} of OnboardingStepCompleted (docs/events.md). */
final class StepDetails {

    private StepDetails() {
    }

    /** DOMAIN: {@code identifier}, {@code action}, {@code performedBy}, {@code performedAt}. */
    static Map<String, Object> domain(DomainRecord domain) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("identifier", domain.identifier());
        details.put("action", domain.action());
        details.put("performedBy", domain.performedBy());
        details.put("performedAt", domain.performedAt());
        return details;
    }

    /** ORDER_CONFIRMATION: {@code signedOn}, {@code documentReference}, {@code signatoryName}. */
    static Map<String, Object> order(OrderConfirmation order) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("signedOn", order.signedOn());
        details.put("documentReference", order.documentReference());
        details.put("signatoryName", order.signatoryName());
        return details;
    }

    /** MANDATORY_DOCUMENTS: {@code documents} [{code, required, status, reference, reviewedBy, reviewedAt}]. */
    static Map<String, Object> documents(List<LeadDocument> documents) {
        List<Map<String, Object>> list = documents.stream().map(document -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", document.code());
            item.put("required", document.required());
            item.put("status", document.status());
            item.put("reference", document.reference());
            item.put("reviewedBy", document.reviewedBy());
            item.put("reviewedAt", document.reviewedAt());
            return item;
        }).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documents", list);
        return details;
    }

    /** START_SCHEDULED: {@code startAt}, {@code mode}, {@code note}, {@code partnerId}. */
    static Map<String, Object> start(StartPlan plan, UUID partnerId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("startAt", plan.startAt());
        details.put("mode", plan.mode());
        details.put("note", plan.note());
        details.put("partnerId", partnerId);
        return details;
    }

    /** A document change on the progress view. */
    static Map<String, Object> document(LeadDocument document) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", document.code());
        details.put("label", document.label());
        details.put("status", document.status());
        details.put("reference", document.reference());
        details.put("note", document.note());
        details.put("rejectionReason", document.rejectionReason());
        return details;
    }
}
