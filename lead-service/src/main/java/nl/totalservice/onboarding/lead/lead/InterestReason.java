package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a customer is not interested in the total service: a fixed list, so management can report on it. */
@Schema(description = "Why the customer is not interested (OTHER needs a note)", examples = "HAS_ACCOUNTANT")
public enum InterestReason {
    PRICE("Too expensive", "Te duur"),
    DOES_OWN_BOOKKEEPING("Does the bookkeeping and annual accounts themselves", "Doet de boekhouding en jaarrekening zelf"),
    HAS_ACCOUNTANT("Already has an accountant", "Heeft al een accountant"),
    NOT_NOW("Not now; maybe later", "Nu niet; misschien later"),
    SOFTWARE_ONLY("Wants the bookkeeping software only", "Wil alleen de boekhoudsoftware"),
    BUSINESS_TOO_SMALL("Business too small to need an accountant", "Onderneming te klein voor een accountant"),
    STOPPING_BUSINESS("Stopping or selling the business", "Stopt met of verkoopt de onderneming"),
    WANTS_OWN_CHOICE_OF_ACCOUNTANT("Wants to choose an accountant outside our partners",
            "Wil zelf een accountant buiten onze partners kiezen"),
    OTHER("Other reason (see note)", "Andere reden (zie notitie)");

    private final String label;
    private final String labelNl;

    InterestReason(String label, String labelNl) {
        this.label = label;
        this.labelNl = labelNl;
    }

    public String label() {
        return label;
    }

    public String labelNl() {
        return labelNl;
    }
}
