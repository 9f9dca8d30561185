package nl.totalservice.onboarding.partner.geography;

/** Fired (CDI, inside the loading transaction) after the gazetteer was replaced, so partners can be relocated. */
public record GazetteerLoaded(int postcodes) {
}
