package nl.totalservice.onboarding.notification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.contact.PartnerContact;
import nl.totalservice.onboarding.notification.delivery.Notification;
import nl.totalservice.onboarding.notification.intake.payload.Owner;
import nl.totalservice.onboarding.notification.message.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who receives what, and in which language: partners by their preference, internal people by configuration. */
@ApplicationScoped
public class Recipients {

    private final Language defaultLanguage;
    private final Map<String, Language> internalLanguages = new LinkedHashMap<>();
    private final List<String> coordinators;

    public Recipients(IntakeConfig config) {
        this.defaultLanguage = Language.fromCode(config.defaultLanguage()).orElseThrow(() ->
                new IllegalStateException("notification.default-language must be nl or en, not "
                        + config.defaultLanguage()));
        config.recipientLanguages().forEach((email, code) -> internalLanguages.put(Notification.normalise(email),
                Language.fromCode(code).orElseThrow(() -> new IllegalStateException(
                        "notification.recipient-languages." + email + " must be nl or en, not " + code))));
        this.coordinators = config.coordinators().stream().filter(email -> !email.isBlank()).toList();
    }

    public Recipient partner(PartnerContact partner) {
        Language language = Language.fromCode(partner.preferredLanguage()).orElse(defaultLanguage);
        return new Recipient(partner.email(), partner.contactName() != null ? partner.contactName() : partner.name(),
                language);
    }

    public List<Recipient> coordinators() {
        return coordinators.stream().map(email -> internal(email, null)).toList();
    }

    public Optional<Recipient> owner(Owner owner) {
        return owner != null && owner.hasEmail() ? Optional.of(internal(owner.email(), owner.name()))
                : Optional.empty();
    }

    /** The coordinators and the owner, each once. */
    public List<Recipient> coordinatorsAndOwner(Owner owner) {
        Map<String, Recipient> unique = new LinkedHashMap<>();
        coordinators().forEach(r -> unique.put(Notification.normalise(r.email()), r));
        owner(owner).ifPresent(r -> unique.put(Notification.normalise(r.email()), r));
        return List.copyOf(unique.values());
    }

    private Recipient internal(String email, String name) {
        Language language = internalLanguages.getOrDefault(Notification.normalise(email), defaultLanguage);
        return new Recipient(email.trim(), name, language);
    }
}
