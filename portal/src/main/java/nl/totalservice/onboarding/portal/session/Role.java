package nl.totalservice.onboarding.portal.session;

import java.util.Locale;

/** The roles the portal serves (the services' JWT groups). */
public enum Role {
    PARTNER, COORDINATOR, SALES;

    /** The JWT group name. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The page a person of this role starts on. */
    public String home() {
        return switch (this) {
            case PARTNER -> "/tasks";
            case COORDINATOR -> "/coordinator/queue";
            case SALES -> "/leads";
        };
    }
}
