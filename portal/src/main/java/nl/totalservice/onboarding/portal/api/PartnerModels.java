package nl.totalservice.onboarding.portal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** partner-service's JSON as the portal reads and writes it: only the fields a page uses (tolerant reader). */
public final class PartnerModels {

    private PartnerModels() {
    }

    /** An office address. */
    public record Address(String street, String houseNumber, String postcode, String city) {
    }

    /** A period without new customers. */
    public record Unavailability(LocalDate from, LocalDate to, String reason) {
    }

    /** Where the partner takes customers. */
    public record ServiceArea(Double radiusKm, List<String> pc4Ranges, List<String> provinces, Boolean wholeCountry,
                              String description) {
    }

    /** A partner firm. */
    public record PartnerView(UUID id, String name, String contactName, String email, String phone,
                              String preferredLanguage, Address address, boolean active, Integer capacity,
                              Integer activeCustomers, Boolean availableToday, List<Unavailability> unavailability,
                              String notes, ServiceArea serviceArea) {

        public List<Unavailability> unavailability() {
            return unavailability == null ? List.of() : unavailability;
        }
    }

    /** A partner as the coordinator registers or replaces it (PUT replaces all of it). */
    public record PartnerRequest(String name, String contactName, String email, String phone, String preferredLanguage,
                                 Address address, Boolean active, Integer capacity,
                                 List<Unavailability> unavailability, String notes, ServiceAreaRequest serviceArea) {
    }

    /** Where the partner takes customers, as the coordinator sets it. */
    public record ServiceAreaRequest(Double radiusKm, List<String> pc4Ranges, List<String> provinces,
                                     Boolean wholeCountry) {
    }

    /** One candidate of a decision. */
    public record Candidate(UUID partnerId, String name, boolean eligible, List<String> exclusions, Double distanceKm,
                            int activeCustomers, int capacity, String detail) {

        public List<String> exclusions() {
            return exclusions == null ? List.of() : exclusions;
        }
    }

    /** A matching decision and why; {@code candidatesOmitted}: partners the decision counted but did not list. */
    public record DecisionView(UUID decisionId, String outcome, String rule, UUID partnerId, String partnerName,
                               String explanation, List<Candidate> candidates, int candidatesOmitted) {

        public List<Candidate> candidates() {
            return candidates == null ? List.of() : candidates;
        }
    }

    /** One partner's line in the fairness report. */
    public record FairnessPartner(UUID partnerId, String name, boolean active, int capacity, int activeCustomers,
                                  long openAssignments, Double loadPercent, long assignedLast30Days,
                                  long assignedLast90Days) {
    }

    /** How evenly leads go to partners. */
    public record FairnessReport(List<FairnessPartner> partners) {

        public List<FairnessPartner> partners() {
            return partners == null ? List.of() : partners;
        }
    }
}
