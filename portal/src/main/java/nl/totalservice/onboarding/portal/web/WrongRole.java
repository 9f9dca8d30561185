package nl.totalservice.onboarding.portal.web;

import nl.totalservice.onboarding.portal.session.Role;

/** The page belongs to another role: the answer sends the person to their own start page. */
public class WrongRole extends RuntimeException {

    private final Role role;

    public WrongRole(Role role) {
        super(null, null, false, false);
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
