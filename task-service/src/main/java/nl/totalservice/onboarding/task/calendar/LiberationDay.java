package nl.totalservice.onboarding.task.calendar;

/**
 * Whether offices close on Liberation Day (5 May). It is a national holiday every year, but most
 * collective agreements give the day off only in lustrum years (2025, 2030, ...).
 */
public enum LiberationDay {
    EVERY_YEAR,
    EVERY_FIFTH_YEAR,
    NEVER;

    boolean closesIn(int year) {
        return switch (this) {
            case EVERY_YEAR -> true;
            case EVERY_FIFTH_YEAR -> year % 5 == 0;
            case NEVER -> false;
        };
    }
}
