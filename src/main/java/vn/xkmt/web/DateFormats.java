package vn.xkmt.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xkmt.commune.Dates;

/** Dates as Vietnamese documents write them, for templates: {@code ${@dates.date(r.referenceDate)}}. */
@Component("dates")
public class DateFormats {

    private static final DateTimeFormatter DAY = Dates.DAY;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final ZoneId zone;

    DateFormats(@Value("${xkmt.web.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** {@code 2025-03-10} → {@code 10/03/2025}; anything else as given. */
    public String date(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return DAY.format(LocalDate.parse(iso.toString()));
        } catch (RuntimeException e) {
            return iso.toString();
        }
    }

    /** A stored time in the server's zone. */
    public String time(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t.atZoneSameInstant(zone));
    }
}
