package nl.totalservice.onboarding.partner.geography;

import nl.totalservice.onboarding.platform.web.problem.FieldError;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 422: a postcode the gazetteer cannot place, where a place is needed and no coordinates were given. */
public class PostcodeNotPlaceableException extends ProblemException {

    PostcodeNotPlaceableException(String field, String postcode, String pc4, boolean gazetteerLoaded) {
        super(422, "postcode-not-placeable", "Postcode cannot be placed", detail(postcode, pc4, gazetteerLoaded),
                extensions(field, pc4, gazetteerLoaded, detail(postcode, pc4, gazetteerLoaded)));
    }

    private static String detail(String postcode, String pc4, boolean gazetteerLoaded) {
        if (!gazetteerLoaded) {
            return "No gazetteer is loaded, so postcode " + postcode + " cannot be placed: give the location "
                    + "(latitude and longitude), or ask ops to fix the gazetteer (GET /api/gazetteer, /q/health/ready)";
        }
        return "PC4 " + pc4 + " is not in the gazetteer, so postcode " + postcode + " cannot be placed: check the "
                + "postcode, or give the location (latitude and longitude)";
    }

    private static Map<String, Object> extensions(String field, String pc4, boolean gazetteerLoaded, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (pc4 != null) {
            extensions.put("pc4", pc4);
        }
        extensions.put("gazetteerLoaded", gazetteerLoaded);
        extensions.put("errors", List.of(new FieldError(field, message)));
        return extensions;
    }
}
