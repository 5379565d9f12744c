package kz.qaldyq.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows a moment as Kazakhstan's wall-clock time ("22.11.2026 20:35"), whatever the server's time zone. Output only. */
@FacesConverter("qaldyq.instant")
public class InstantConverter implements Converter<Instant> {

    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(KAZAKHSTAN);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("moments are shown, never typed");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format(value);
    }

    public static String format(Instant value) {
        return FORMAT.format(value);
    }
}
