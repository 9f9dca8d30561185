package nl.totalservice.onboarding.task.calendar;

/** The Dutch public holidays an accounting office closes on, with their names for people. */
public enum PublicHoliday {
    NEW_YEARS_DAY("Nieuwjaarsdag", "New Year's Day"),
    GOOD_FRIDAY("Goede Vrijdag", "Good Friday"),
    EASTER_MONDAY("Tweede Paasdag", "Easter Monday"),
    KINGS_DAY("Koningsdag", "King's Day"),
    LIBERATION_DAY("Bevrijdingsdag", "Liberation Day"),
    ASCENSION_DAY("Hemelvaartsdag", "Ascension Day"),
    WHIT_MONDAY("Tweede Pinksterdag", "Whit Monday"),
    CHRISTMAS_DAY("Eerste Kerstdag", "Christmas Day"),
    BOXING_DAY("Tweede Kerstdag", "Boxing Day");

    private final String dutchName;
    private final String englishName;

    PublicHoliday(String dutchName, String englishName) {
        this.dutchName = dutchName;
        this.englishName = englishName;
    }

    public String dutchName() {
        return dutchName;
    }

    public String englishName() {
        return englishName;
    }
}
