package vn.xkmt.web.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.xkmt.commune.Dates;

/**
 * The warnings a commune's page shows about the registration its latest evaluations' data give: a date
 * not taken (before 2000, after the request date), or figures that differ from a registration entered by
 * hand, expected (the register's) against found (the data's), with the evaluation and cells.
 */
@Component
class DataWarnings {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = Dates.DAY;

    private final MessageSource messages;

    DataWarnings(MessageSource messages) {
        this.messages = messages;
    }

    List<DataWarning> of(List<RegisterEvent> events, Map<String, Reading> readings) {
        List<DataWarning> out = new ArrayList<>();
        for (Reading r : readings.values()) {
            if (r.refused()) {
                String found = day(r.date());
                String bound = switch (r.outcome()) {
                    case "BEFORE_2000" -> day(RegistrationFromData.EARLIEST);
                    case "AFTER_REQUEST" -> day(r.requestDate());
                    default -> "";
                };
                out.add(new DataWarning(r.outcome(), r.unitCode(), r.evaluationId(), r.dateCell(), bound, found,
                        texts("register.warning." + r.outcome(), r.evaluationId(), r.dateCell(), found, bound)));
                continue;
            }
            RegisterEvent reg = Registration.of(r.unitCode(), events);
            if (reg == null || reg.fromData() || !reg.unitCode().equals(r.unitCode()) || !differs(reg, r)) {
                continue;
            }
            out.add(new DataWarning("DIFFERS", r.unitCode(), r.evaluationId(), r.cells(),
                    plain(reg.date(), reg.baselineAddicts(), reg.baselineUsers()), plain(r.date(), r.addicts(), r.users()),
                    new vn.xkmt.text.Text(differs(VI, reg, r), differs(Locale.ENGLISH, reg, r)).asMap()));
        }
        return out;
    }

    static boolean differs(RegisterEvent reg, Reading r) {
        return !reg.date().equals(r.date())
                || reg.baselineAddicts() != null && !reg.baselineAddicts().equals(r.addicts())
                || reg.baselineUsers() != null && !reg.baselineUsers().equals(r.users());
    }

    private String differs(Locale locale, RegisterEvent reg, Reading r) {
        return messages.getMessage("register.warning.DIFFERS", new Object[] {r.evaluationId(), r.cells(),
                figures(locale, reg.date(), reg.baselineAddicts(), reg.baselineUsers()),
                figures(locale, r.date(), r.addicts(), r.users()),
                messages.getMessage("register.source." + (reg.source() == null ? "HAND" : reg.source()), null, locale)}, locale);
    }

    private String figures(Locale locale, LocalDate date, Integer addicts, Integer users) {
        return messages.getMessage("register.figures", new Object[] {day(date), number(addicts), number(users)}, locale);
    }

    private Map<String, String> texts(String key, Object... args) {
        return new vn.xkmt.text.Text(messages.getMessage(key, args, VI), messages.getMessage(key, args, Locale.ENGLISH)).asMap();
    }

    private static String plain(LocalDate date, Integer addicts, Integer users) {
        return date + "; " + number(addicts) + "; " + number(users);
    }

    private static String number(Integer n) {
        return n == null ? "?" : n.toString();
    }

    private static String day(LocalDate d) {
        return d == null ? "?" : DAY.format(d);
    }
}
