package nl.totalservice.onboarding.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/** Switches the portal's language and goes back to the page the visitor was on. */
@Path("/language")
public class LanguageResource {

    @GET
    @Path("/{lang}")
    public Response choose(@PathParam("lang") String lang, @QueryParam("back") String back) {
        Locale locale = Languages.supported(lang);
        String local = Redirects.localPath(back);
        String target = local != null ? local : "/";
        if (locale == null) {
            return Response.seeOther(URI.create(target)).build();
        }
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(locale.getLanguage()).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
