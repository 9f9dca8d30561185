package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders a message from its Qute templates: {@code templates/mail/<template>/<language>-subject.txt},
 * {@code <language>.txt} and {@code <language>.html} (HTML-escaped). The model is {@code m}.
 */
@ApplicationScoped
public class MessageRenderer {

    private final Engine engine;

    public MessageRenderer(Engine engine) {
        this.engine = engine;
    }

    /** Renders the message {@code template} (a folder under {@code templates/mail}, e.g. {@code task-assigned}). */
    public RenderedMessage render(String template, Language language, Object model) {
        String base = "mail/" + template + "/" + language.code();
        String subject = template(base + "-subject.txt").data("m", model).render();
        String text = template(base + ".txt").data("m", model).render();
        String html = template(base + ".html").data("m", model).render();
        return new RenderedMessage(oneLine(subject), text.strip() + "\n", html);
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("Missing message template " + id);
        }
        return template;
    }

    /** A subject is one line: template line breaks and repeated blanks collapse to single spaces. */
    private static String oneLine(String subject) {
        return subject.replaceAll("\\s+", " ").strip();
    }
}
