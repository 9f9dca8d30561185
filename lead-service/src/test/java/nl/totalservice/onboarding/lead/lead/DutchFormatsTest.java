package nl.totalservice.onboarding.lead.lead;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutchFormatsTest {

    @Test
    void normalisesPostcodesAndRefusesWhatIsNotOne() {
        assertThat(Postcode.normalise("1234ab")).contains("1234 AB");
        assertThat(Postcode.normalise(" 9711 LM ")).contains("9711 LM");
        assertThat(Postcode.pc4("9711 LM")).isEqualTo("9711");
        assertThat(Postcode.normalise("0123 AB")).isEmpty();
        assertThat(Postcode.normalise("1234 SS")).isEmpty();
        assertThat(Postcode.normalise("1234  AB")).isEmpty();
        assertThat(Postcode.normalise("12345")).isEmpty();
        assertThat(Postcode.normalise(null)).isEmpty();
    }

    @Test
    void normalisesDutchPhoneNumbersToE164() {
        assertThat(PhoneNumber.normalise("06-12345678")).contains("+31612345678");
        assertThat(PhoneNumber.normalise("020 123 4567")).contains("+31201234567");
        assertThat(PhoneNumber.normalise("(020) 1234567")).contains("+31201234567");
        assertThat(PhoneNumber.normalise("+31 (0)20 123 45 67")).contains("+31201234567");
        assertThat(PhoneNumber.normalise("0031 6 1234 5678")).contains("+31612345678");
        assertThat(PhoneNumber.normalise("+32 2 123 45 67")).isEmpty();
        assertThat(PhoneNumber.normalise("0612345")).isEmpty();
        assertThat(PhoneNumber.normalise("phone me")).isEmpty();
    }
}
