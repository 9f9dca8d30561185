package nl.totalservice.onboarding.lead.lead.rest;

import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadSource;
import nl.totalservice.onboarding.lead.lead.LeadState;
import nl.totalservice.onboarding.lead.lead.WishKind;
import nl.totalservice.onboarding.lead.lead.WithdrawalReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A lead as the API shows it. */
@Schema(name = "Lead", description = "A lead: who the customer is, the interest decision, the partner and the onboarding")
public record LeadView(
        @Schema(description = "Lead id", examples = "0b6f5a7e-3f0c-4d51-9a38-0f6c2f1d9e21") UUID id,
        @Schema(description = "Version for optimistic locking; also the ETag. Send it as If-Match when you change "
                + "the lead", examples = "3") long version,
        @Schema(description = "Where the lead is") LeadState state,
        @Schema(description = "Company name", examples = "Bakkerij De Korenschoof B.V.") String companyName,
        @Schema(description = "KvK number (8 digits) or null", examples = "12345678") String kvkNumber,
        @Schema(description = "Contact person") ContactView contact,
        @Schema(description = "Address") AddressView address,
        @Schema(description = "Position, or null when not known") LocationView location,
        @Schema(description = "The sales person responsible") OwnerView owner,
        @Schema(description = "How the lead came in") LeadSource source,
        @Schema(description = "The customer's wish for a partner, or null") WishView wish,
        @Schema(description = "Who registered the lead", examples = "sanne.devries@totalservice.nl") String registeredBy,
        @Schema(description = "When the lead was registered", examples = "2026-07-01T09:30:00Z") Instant registeredAt,
        @Schema(description = "When the lead last changed", examples = "2026-07-02T14:05:00Z") Instant updatedAt,
        @Schema(description = "The current interest decision, or null when none was recorded yet") InterestView interest,
        @Schema(description = "The proposed and the confirmed partner") PartnerView partner,
        @Schema(description = "Onboarding steps 4 to 7") OnboardingView onboarding,
        @Schema(description = "Why the lead was withdrawn, or null") WithdrawalView withdrawal,
        @Schema(description = "When the customer's personal data was erased (POST /api/leads/{id}/erasure), or null; "
                + "erased fields read [erased] or null", nullable = true, examples = "2026-09-01T08:00:00Z")
        Instant erasedAt) {

    @Schema(name = "Contact", description = "The customer's contact person")
    public record ContactView(
            @Schema(description = "Full name", examples = "Joost van Dijk") String name,
            @Schema(description = "Email address", examples = "joost@korenschoof.nl") String email,
            @Schema(description = "Phone number in E.164, or null", examples = "+31612345678") String phone) {
    }

    @Schema(name = "Address", description = "The customer's address")
    public record AddressView(
            @Schema(description = "Street, or null", examples = "Dorpsstraat") String street,
            @Schema(description = "House number, or null", examples = "12a") String houseNumber,
            @Schema(description = "Postcode, normalised", examples = "9711 LM") String postcode,
            @Schema(description = "The postcode's 4 digits, used for routing", examples = "9711") String pc4,
            @Schema(description = "City, or null", examples = "Groningen") String city) {
    }

    @Schema(name = "Location", description = "WGS84 position")
    public record LocationView(
            @Schema(description = "Latitude in degrees", examples = "53.2194") double latitude,
            @Schema(description = "Longitude in degrees", examples = "6.5665") double longitude) {
    }

    @Schema(name = "Owner", description = "The sales person responsible for the lead")
    public record OwnerView(
            @Schema(description = "Email address", examples = "sanne.devries@totalservice.nl") String email,
            @Schema(description = "Name, or null", examples = "Sanne de Vries") String name) {
    }

    @Schema(name = "Wish", description = "The customer's wish for a partner")
    public record WishView(
            @Schema(description = "The partner firm's id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID partnerId,
            @Schema(description = "Why this partner") WishKind kind,
            @Schema(description = "Note, or null", examples = "Has known the firm for years") String note) {
    }

    @Schema(name = "Withdrawal", description = "Why and when the lead was withdrawn")
    public record WithdrawalView(
            @Schema(description = "Reason code") WithdrawalReason reason,
            @Schema(description = "Note, or null", examples = "Customer chose to stay with their own accountant") String note,
            @Schema(description = "Who withdrew it", examples = "sanne.devries@totalservice.nl") String withdrawnBy,
            @Schema(description = "When", examples = "2026-07-03T10:00:00Z") Instant withdrawnAt,
            @Schema(description = "The state it was in") LeadState previousState) {
    }

    /** Maps a loaded lead; {@code onboarding} comes from the caller because it needs the configured checklist. */
    public static LeadView of(Lead lead, OnboardingView onboarding) {
        var contact = lead.contact();
        var address = lead.address();
        var location = lead.coordinates();
        var wish = lead.wish();
        var withdrawal = lead.withdrawal();
        return new LeadView(lead.id(), lead.version(), lead.state(), lead.companyName(), lead.kvkNumber(),
                new ContactView(contact.name(), contact.email(), contact.phone()),
                new AddressView(address.street(), address.houseNumber(), address.postcode(), address.pc4(),
                        address.city()),
                location == null ? null : new LocationView(location.latitude(), location.longitude()),
                new OwnerView(lead.owner().email(), lead.owner().name()), lead.source(),
                wish == null ? null : new WishView(wish.partnerId(), wish.kind(), wish.note()),
                lead.registeredBy(), lead.registeredAt(), lead.updatedAt(), InterestView.of(lead.interest()),
                PartnerView.of(lead.partner()), onboarding,
                withdrawal == null ? null : new WithdrawalView(withdrawal.reason(), withdrawal.note(),
                        withdrawal.withdrawnBy(), withdrawal.withdrawnAt(), withdrawal.previousState()),
                lead.erasure() == null ? null : lead.erasure().erasedAt());
    }
}
