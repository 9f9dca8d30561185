package nl.totalservice.onboarding.portal.web;

import jakarta.enterprise.context.RequestScoped;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;

import java.util.Locale;
import java.util.Optional;

/** The person behind this request: their session (if signed in) and their language. */
@RequestScoped
public class Visitor {

    private Session session;
    private Locale locale = Languages.DEFAULT;
    private String path = "/";

    void set(Session session, Locale locale, String path) {
        this.session = session;
        this.locale = locale;
        this.path = path;
    }

    /** The page asked for (path and query), to come back to after switching language. */
    public String path() {
        return path;
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    public Locale locale() {
        return locale;
    }

    /** The session of a person with {@code role}; anyone else is sent to sign in. */
    public Session require(Role role) {
        if (session == null) {
            throw new SignInRequired();
        }
        if (session.role() != role) {
            throw new WrongRole(session.role());
        }
        return session;
    }
}
