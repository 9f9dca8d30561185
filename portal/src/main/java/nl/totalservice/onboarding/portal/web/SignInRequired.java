package nl.totalservice.onboarding.portal.web;

/** The page needs a signed-in person: the answer is a redirect to the sign-in page. */
public class SignInRequired extends RuntimeException {

    public SignInRequired() {
        super(null, null, false, false);
    }
}
