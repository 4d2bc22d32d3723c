package vn.xkmt.web.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Dataset;
import vn.xkmt.web.Provinces;

/**
 * A commune's registration as a workbook's {@code Xa} row gives it: the registration date, the
 * baseline (addicts, users), the request date, and the cells they are in ({@code Xa!F3}).
 *
 * @param province key of the row's province ({@code thanhhoa})
 */
public record RegistrationRead(String province, String unitCode, String unitName, LocalDate date, Integer addicts,
                               Integer users, LocalDate requestDate, String dateCell, String addictsCell,
                               String usersCell) {

    /** The cells, as stored: {@code Xa!F3 Xa!I3 Xa!J3}. */
    public String cells() {
        return dateCell + " " + addictsCell + " " + usersCell;
    }

    /** The rows of sheet Xa with a code (as the register stores it: at most 100 characters), a province and a registration date. */
    static List<RegistrationRead> of(Dataset ds) {
        List<RegistrationRead> out = new ArrayList<>();
        for (Commune c : ds.communes()) {
            String province = Provinces.key(c.getProvince());
            if (c.getRegistrationDate() == null || c.getCommuneCode() == null || c.getCommuneCode().isBlank()
                    || c.getCommuneCode().strip().length() > 100 || province.isEmpty()) {
                continue;
            }
            String name = c.getCommuneName() == null || c.getCommuneName().length() <= 255 ? c.getCommuneName()
                    : c.getCommuneName().substring(0, 255);
            out.add(new RegistrationRead(province, c.getCommuneCode().strip(), name, c.getRegistrationDate(),
                    c.getBaselineAddicts(), c.getBaselineUsers(), c.getRequestDate(), c.cell("registration_date").a1(),
                    c.cell("baseline_addicts").a1(), c.cell("baseline_users").a1()));
        }
        return out;
    }
}
