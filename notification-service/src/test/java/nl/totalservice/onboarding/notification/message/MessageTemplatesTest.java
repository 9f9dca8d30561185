package nl.totalservice.onboarding.notification.message;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind renders in Dutch and English, as text and HTML, with the facts and with HTML escaped. */
@QuarkusTest
class MessageTemplatesTest {

    private static final String COMPANY = "Smit & Zonen <B.V.>";
    private static final String LINK = "https://portal.example/tasks/42";

    private static final Map<NotificationKind, Object> MODELS = Map.of(
            NotificationKind.TASK_ASSIGNED, new TaskAssignedMail("Boekhouding Noord", "Jan Jansen", COMPANY,
                    "9711 AA Groningen", "Wil btw-advies",
                    true, "vrijdag 3 juli 2026 om 17:00", "donderdag 2 juli 2026 om 12:00", "Sanne",
                    "sanne@totalservice.nl", LINK),
            NotificationKind.URGENT_CALL, new UrgentCallMail("Sanne", "Boekhouding Noord", "Jan Jansen",
                    "+31 50 1234567", "info@noord.nl", COMPANY, "9711 AA Groningen", "Petra Smit", "06 12345678",
                    "Wil btw-advies", "donderdag", "Sanne", "sanne@totalservice.nl", LINK),
            NotificationKind.OVERDUE_REMINDER, new OverdueReminderMail("Boekhouding Noord", "Jan Jansen", COMPANY,
                    "9711 AA Groningen", "donderdag", false, LINK),
            NotificationKind.OVERDUE_ESCALATION, new OverdueEscalationMail("Boekhouding Noord", "+31 50 1234567",
                    "info@noord.nl", COMPANY, "9711 AA Groningen", "deadline missed", "Sanne",
                    "sanne@totalservice.nl", LINK),
            NotificationKind.TASK_DECLINED, new TaskDeclinedMail("Sanne", "Boekhouding Noord", COMPANY,
                    "no capacity", "Vol tot september", "jan@noord.nl", 2, LINK),
            NotificationKind.NO_PARTNER_AVAILABLE, new NoPartnerAvailableMail(COMPANY, "lead-1", "interest recorded",
                    "Alle partners in de buurt zitten vol.", List.of("Iedereen zit vol"),
                    List.of(new NoPartnerAvailableMail.Candidate("Boekhouding Noord", "at capacity", "12.4 km")),
                    "Sanne", "sanne@totalservice.nl", LINK));

    @Inject
    MessageRenderer renderer;

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void rendersEveryKindInDutchAndEnglishAsTextAndHtml(NotificationKind kind) {
        for (Language language : Language.values()) {
            RenderedMessage message = renderer.render(kind.template(), language, MODELS.get(kind));

            assertThat(message.subject()).as("%s %s subject", kind, language).isNotBlank().doesNotContain("\n");
            assertThat(message.text()).as("%s %s text", kind, language).contains(COMPANY, LINK)
                    .doesNotContain("<p>", "{m.", "&amp;");
            assertThat(message.html()).as("%s %s html", kind, language)
                    .startsWith("<!DOCTYPE html>")
                    .contains("<html lang=\"" + language.code() + "\">", "Smit &amp; Zonen &lt;B.V.&gt;",
                            "href=\"" + LINK + "\"")
                    .doesNotContain(COMPANY, "{m.");
        }
    }

    @Test
    void writesDutchAndEnglishDifferently() {
        Object model = MODELS.get(NotificationKind.TASK_ASSIGNED);

        RenderedMessage dutch = renderer.render(NotificationKind.TASK_ASSIGNED.template(), Language.NL, model);
        RenderedMessage english = renderer.render(NotificationKind.TASK_ASSIGNED.template(), Language.EN, model);

        assertThat(dutch.subject()).isEqualTo("SPOED: Nieuwe opvolgtaak: neem contact op met " + COMPANY);
        assertThat(english.subject()).isEqualTo("URGENT: New follow-up task: please contact " + COMPANY);
        assertThat(dutch.text()).contains("Beste Jan Jansen", "Wat er al besproken is", "Met vriendelijke groet");
        assertThat(english.text()).contains("Dear Jan Jansen", "What was discussed", "Kind regards");
        assertThat(dutch.html()).contains("Bekijk en accepteer de taak in het partnerportaal");
        assertThat(english.html()).contains("View and accept the task in the partner portal");
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        TaskAssignedMail sparse = new TaskAssignedMail("Boekhouding Noord", null, "Bakkerij Bos",
                null, null, false, null, null, null, null, LINK);

        RenderedMessage message = renderer.render(NotificationKind.TASK_ASSIGNED.template(), Language.NL, sparse);

        assertThat(message.text()).contains("Beste Boekhouding Noord", "Geen notities.")
                .doesNotContain("Accepteer de taak uiterlijk", "Vragen?", "null");
        assertThat(message.html()).doesNotContain("null", "SPOED");
    }
}
