package vn.xkmt.ingest;

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

    COMMUNES(DataContract.COMMUNES, Commune::new),
    PERSONS(DataContract.PERSONS, Person::new),
    VILLAGES(DataContract.VILLAGES, Village::new) {
        @Override
        void check(Map<String, Object> values, SheetReader reader, int row) {
            Integer households = (Integer) values.get("households");
            Integer committed = (Integer) values.get("committed_households");
            if (households != null && committed != null && committed > households) {
                reader.error("committed_households", row, Msg.committedExceedsHouseholds(committed, households));
            }
        }
    },
    MODELS(DataContract.MODELS, AntiDrugModel::new),
    ANNUAL_REPORTS(DataContract.ANNUAL_REPORTS, AnnualReport::new);

    private final SheetSpec spec;
    private final BiFunction<RowRef, Map<String, ?>, Fact> factory;

    SheetKind(SheetSpec spec, BiFunction<RowRef, Map<String, ?>, Fact> factory) {
        this.spec = spec;
        this.factory = factory;
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
