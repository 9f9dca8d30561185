package nl.totalservice.onboarding.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show times: local Dutch time, day and minute. */
@TemplateExtension
public final class Formats {

    /** The zone the company and its partners work in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.ROOT).withZone(ZONE);

    private Formats() {
    }

    /** {@code at.local}: the time as people here read it. */
    static String local(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }

    /** {@code at.iso}: the machine-readable time for a time element. */
    static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }
}
