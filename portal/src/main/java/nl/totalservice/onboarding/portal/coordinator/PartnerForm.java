package nl.totalservice.onboarding.portal.coordinator;

import jakarta.ws.rs.core.MultivaluedMap;
import nl.totalservice.onboarding.portal.api.PartnerModels.Address;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerRequest;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerView;
import nl.totalservice.onboarding.portal.api.PartnerModels.ServiceArea;
import nl.totalservice.onboarding.portal.api.PartnerModels.ServiceAreaRequest;
import nl.totalservice.onboarding.portal.api.PartnerModels.Unavailability;
import nl.totalservice.onboarding.portal.web.Forms;

import java.util.ArrayList;
import java.util.List;

/**
 * The partner form. Its field names are the API's JSON paths ({@code address.postcode},
 * {@code unavailability[0].to}), so partner-service's {@code errors[].field} lands beside the right field.
 * Unreadable numbers and dates go as absent: the service then names the field.
 */
final class PartnerForm {

    /** Rows of unavailability the form offers: the existing ones plus this many empty ones. */
    static final int EMPTY_PERIODS = 1;

    private PartnerForm() {
    }

    /** The request from the form; on an edit, what the form does not show (PC4 ranges, provinces) is kept. */
    static PartnerRequest read(MultivaluedMap<String, String> form, PartnerView existing) {
        List<Unavailability> periods = new ArrayList<>();
        for (int i = 0; form.containsKey("unavailability[" + i + "].from"); i++) {
            String prefix = "unavailability[" + i + "].";
            String from = Forms.text(form.getFirst(prefix + "from"));
            String to = Forms.text(form.getFirst(prefix + "to"));
            String reason = Forms.text(form.getFirst(prefix + "reason"));
            if (from == null && to == null && reason == null) {
                continue;
            }
            periods.add(new Unavailability(Forms.date(from), Forms.date(to), reason));
        }
        ServiceArea area = existing == null ? null : existing.serviceArea();
        ServiceAreaRequest serviceArea = new ServiceAreaRequest(number(form.getFirst("serviceArea.radiusKm")),
                area == null ? null : area.pc4Ranges(), area == null ? null : area.provinces(),
                area == null ? null : area.wholeCountry());
        return new PartnerRequest(Forms.text(form.getFirst("name")), Forms.text(form.getFirst("contactName")),
                Forms.text(form.getFirst("email")), Forms.text(form.getFirst("phone")),
                Forms.text(form.getFirst("preferredLanguage")),
                new Address(Forms.text(form.getFirst("address.street")), Forms.text(form.getFirst("address.houseNumber")),
                        Forms.text(form.getFirst("address.postcode")), Forms.text(form.getFirst("address.city"))),
                Boolean.valueOf(form.containsKey("active")),
                integer(form.getFirst("capacity")), periods, Forms.text(form.getFirst("notes")), serviceArea);
    }

    /** The form's values for an existing partner (or an empty form). */
    static PartnerRequest of(PartnerView partner) {
        if (partner == null) {
            return new PartnerRequest(null, null, null, null, "nl", new Address(null, null, null, null), true, null,
                    List.of(), null, new ServiceAreaRequest(null, null, null, null));
        }
        ServiceArea area = partner.serviceArea();
        return new PartnerRequest(partner.name(), partner.contactName(), partner.email(), partner.phone(),
                partner.preferredLanguage(), partner.address(), partner.active(), partner.capacity(),
                partner.unavailability(), partner.notes(),
                new ServiceAreaRequest(area == null ? null : area.radiusKm(), null, null, null));
    }

    /** The unavailability rows the form shows: the partner's periods and {@value #EMPTY_PERIODS} empty one(s). */
    static List<Unavailability> periodRows(PartnerRequest values) {
        List<Unavailability> rows = new ArrayList<>(values.unavailability() == null ? List.of() : values.unavailability());
        for (int i = 0; i < EMPTY_PERIODS; i++) {
            rows.add(new Unavailability(null, null, null));
        }
        return rows;
    }

    private static Integer integer(String value) {
        try {
            return Forms.text(value) == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String value) {
        try {
            return Forms.text(value) == null ? null : Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
