package vn.xkmt.commune;

import java.time.LocalDate;
import java.util.Map;

/** A row of sheet {@code BaoCaoNam}: one reporting unit (province or district) and year. */
public final class AnnualReport extends Fact {

    public AnnualReport(RowRef row, Map<String, ?> values) {
        super(DataContract.ANNUAL_REPORTS, row, values);
    }

    @Override
    public String label() {
        return getUnitCode() + "/" + getYear();
    }

    public String getUnitCode() {
        return text("unit_code");
    }

    public String getUnitName() {
        return text("unit_name");
    }

    public String getProvince() {
        return text("province");
    }

    public Integer getYear() {
        return integer("year");
    }

    /** The reference date R of an annual row: 31/12 of its year. */
    public LocalDate getReferenceDate() {
        Integer y = getYear();
        return y == null ? null : LocalDate.of(y, 12, 31);
    }

    /** An integer cell of this row, by contract key (for generic rule helpers). */
    public Integer count(String key) {
        return integer(key);
    }
}
