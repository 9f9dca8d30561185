package nl.totalservice.onboarding.lead.lead;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lead's rules, without HTTP or a database. */
class LeadTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:30:00Z");
    private static final UUID PARTNER = UUID.randomUUID();

    @Test
    void goesFromRegisteredToOnboardedThroughTheStepsInOrder() {
        Lead lead = interested();
        lead.recordDomain(new DomainRecord("acme", DomainAction.CREATED, "support", NOW), "sanne", NOW);
        assertThat(lead.confirmPartner(PARTNER, UUID.randomUUID(), NOW)).isEqualTo(ConfirmationOutcome.CONFIRMED);
        assertThat(lead.confirmOrder(new OrderConfirmation(LocalDate.of(2026, 7, 1), "DMS-1", null),
                List.of(document("ID_COPY", true), document("MANDATE", false)), "sanne", NOW)).isFalse();
        lead.receiveDocument("ID_COPY", "scan", null, "sanne", NOW);
        assertThat(lead.approveDocument("ID_COPY", null, "sanne", NOW)).isTrue();
        assertThat(lead.scheduleStart(new StartPlan(NOW.plusSeconds(86400), null, null), "sanne", NOW)).isNull();

        assertThat(lead.state()).isEqualTo(LeadState.ONBOARDED);
        assertThat(lead.onboarding().completedSteps()).containsExactly(OnboardingStep.values());
        assertThat(lead.scheduleStart(new StartPlan(NOW.plusSeconds(172800), null, null), "sanne", NOW))
                .isEqualTo(NOW.plusSeconds(86400));
    }

    @Test
    void completesTheDocumentsStepAtOnceWhenNothingIsRequired() {
        Lead lead = interested();
        lead.recordDomain(new DomainRecord("acme", DomainAction.CHANGED, "support", NOW), "sanne", NOW);
        lead.confirmPartner(PARTNER, UUID.randomUUID(), NOW);
        assertThat(lead.confirmOrder(new OrderConfirmation(LocalDate.of(2026, 7, 1), "DMS-1", null),
                List.of(document("MANDATE", false)), "sanne", NOW)).isTrue();
        assertThat(lead.onboarding().nextStep()).isEqualTo(OnboardingStep.START_SCHEDULED);
    }

    @Test
    void refusesOnboardingStepsWithoutAConfirmedPartnerOutOfOrderOrTwice() {
        Lead lead = interested();
        OrderConfirmation order = new OrderConfirmation(LocalDate.of(2026, 7, 1), "DMS-1", null);
        assertThatThrownBy(() -> lead.confirmOrder(order, List.of(), "sanne", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageContaining("needs a confirmed partner");

        lead.confirmPartner(PARTNER, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> lead.confirmOrder(order, List.of(), "sanne", NOW))
                .hasMessageContaining("comes after step DOMAIN");

        DomainRecord domain = new DomainRecord("acme", DomainAction.CREATED, "support", NOW);
        lead.recordDomain(domain, "sanne", NOW);
        assertThatThrownBy(() -> lead.recordDomain(domain, "sanne", NOW)).hasMessageContaining("already completed");
        assertThat(lead.onboarding().nextStep()).isEqualTo(OnboardingStep.ORDER_CONFIRMATION);
    }

    @Test
    void confirmsOnlyTheFirstPartnerAndOnlyForAnInterestedCustomer() {
        Lead notInterested = registered();
        notInterested.recordInterest(InterestDecision.of(false, InterestReason.PRICE, null), "sanne", NOW);
        assertThat(notInterested.confirmPartner(PARTNER, UUID.randomUUID(), NOW))
                .isEqualTo(ConfirmationOutcome.LEAD_NOT_READY);

        Lead lead = interested();
        lead.confirmPartner(PARTNER, UUID.randomUUID(), NOW);
        assertThat(lead.confirmPartner(PARTNER, UUID.randomUUID(), NOW)).isEqualTo(ConfirmationOutcome.ALREADY_CONFIRMED);
        assertThat(lead.confirmPartner(UUID.randomUUID(), UUID.randomUUID(), NOW))
                .isEqualTo(ConfirmationOutcome.OTHER_PARTNER_CONFIRMED);
        assertThat(lead.partner().confirmedPartnerId()).isEqualTo(PARTNER);
    }

    @Test
    void refusesToWithdrawAnOnboardedOrWithdrawnLead() {
        Lead lead = registered();
        lead.withdraw(WithdrawalReason.DUPLICATE, null, "sanne", NOW);
        assertThat(lead.withdrawal().previousState()).isEqualTo(LeadState.REGISTERED);
        assertThatThrownBy(() -> lead.withdraw(WithdrawalReason.DUPLICATE, null, "sanne", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void checksTheInterestDecisionAsAWhole() {
        assertThat(InterestDecision.of(false, InterestReason.OTHER, " wants to think ").note()).isEqualTo("wants to think");
        assertThatThrownBy(() -> InterestDecision.of(false, null, null)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> InterestDecision.of(true, InterestReason.PRICE, null))
                .hasMessageContaining("must be empty");
        assertThatThrownBy(() -> InterestDecision.of(false, InterestReason.OTHER, " ")).hasMessageContaining("note");
    }

    private static Lead registered() {
        return Lead.register(new LeadDetails("Acme", null, new Contact("Jo", "jo@acme.nl", null),
                new Address(null, null, "1234 AB", null), null, new Owner("sanne@totalservice.nl", null),
                LeadSource.PHONE, null), "sanne", NOW);
    }

    private static Lead interested() {
        Lead lead = registered();
        lead.recordInterest(InterestDecision.of(true, null, null), "sanne", NOW);
        return lead;
    }

    private static ChecklistItem document(String code, boolean required) {
        return new ChecklistItem(code, code, required);
    }
}
