package nl.totalservice.onboarding.task.calendar;

/**
 * Why a partner's clock is not running at some moment.
 *
 * @param kind   the kind of closure
 * @param reason what people read, e.g. "Koningsdag (King's Day)" or the company day's reason
 */
public record Closure(Kind kind, String reason) {

    public enum Kind {
        /** Before opening or after closing on a working day. */
        OUTSIDE_OFFICE_HOURS,
        /** A day of the week the office does not work (by default Saturday and Sunday). */
        WEEKEND,
        /** A Dutch public holiday. */
        PUBLIC_HOLIDAY,
        /** A day the coordinator closed for every partner (a company day). */
        CLOSED_DAY,
        /** The partner registered itself as unavailable. */
        PARTNER_UNAVAILABLE
    }

    static Closure holiday(PublicHoliday holiday) {
        return new Closure(Kind.PUBLIC_HOLIDAY, holiday.dutchName() + " (" + holiday.englishName() + ")");
    }
}
