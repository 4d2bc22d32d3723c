package vn.xkmt.ingest;

import vn.xkmt.commune.Names;
import java.util.Map;
import java.util.function.BiFunction;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.RowRef;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.commune.Village;

/** The contract sheets: how a sheet is recognised by name, and the fact each row makes. */
enum SheetKind {

    COMMUNES(DataContract.COMMUNES, Commune::new, 20_000),
    PERSONS(DataContract.PERSONS, Person::new, 750_000),
    VILLAGES(DataContract.VILLAGES, Village::new, 200_000) {
        @Override
        void check(Map<String, Object> values, SheetReader reader, int row) {
            Integer households = (Integer) values.get("households");
            Integer committed = (Integer) values.get("committed_households");
            if (households != null && committed != null && committed > households) {
                reader.error("committed_households", row, ReaderMessages.committedExceedsHouseholds(committed, households));
            }
        }
    },
    MODELS(DataContract.MODELS, AntiDrugModel::new, 100_000),
    ANNUAL_REPORTS(DataContract.ANNUAL_REPORTS, AnnualReport::new, 20_000);

    private final SheetSpec spec;
    private final BiFunction<RowRef, Map<String, ?>, Fact> factory;
    private final int maxRows;

    /**
     * @param maxRows the most rows read from one such sheet: far above any province (Việt Nam has about
     *                3,300 communes and wards, 200,000 people on its drug rolls; the 10,035 communes and 700,000 persons of the
     *                legacy benchmark workbook are read), below Excel's million rows, which would not fit the 1 GB heap
     */
    SheetKind(SheetSpec spec, BiFunction<RowRef, Map<String, ?>, Fact> factory, int maxRows) {
        this.spec = spec;
        this.factory = factory;
        this.maxRows = maxRows;
    }

    int maxRows() {
        return maxRows;
    }

    SheetSpec spec() {
        return spec;
    }

    /** The contract name: {@code Xa}, {@code Nguoi}, {@code Thon}, {@code MoHinh}, {@code BaoCaoNam}. */
    String contractName() {
        return spec.name();
    }

    /** The fact a row of this sheet makes. */
    Fact create(RowRef row, Map<String, ?> values) {
        return factory.apply(row, values);
    }

    /** Checks between the cells of one row, reported through {@code reader}. */
    void check(Map<String, Object> values, SheetReader reader, int row) {
    }

    /** The contract sheet a workbook sheet name stands for, or null. */
    static SheetKind byName(String sheetName) {
        String n = Names.normalise(sheetName);
        for (SheetKind k : values()) {
            if (n.equals(Names.normalise(k.spec.name())) || n.equals(Names.normalise(k.spec.alias()))) {
                return k;
            }
        }
        return null;
    }

    /** The template's instructions and lists sheets, skipped silently. */
    static boolean reserved(String sheetName) {
        String n = Names.normalise(sheetName);
        return n.equals(Names.normalise(DataContract.INSTRUCTIONS)) || n.equals(Names.normalise(DataContract.INSTRUCTIONS_ALIAS))
                || n.equals(Names.normalise(DataContract.LISTS)) || n.equals(Names.normalise(DataContract.LISTS_ALIAS));
    }
}
