package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.util.List;

/**
 * A criterion of a rule set's manifest: its id, title in vi and en, the source passage, and the
 * conditions its rules decide (each must be decided for the criterion to be decided).
 */
public record CriterionDef(String id, String titleVi, String titleEn, String passage, List<String> conditions) {

    public CriterionDef {
        conditions = List.copyOf(conditions);
    }

    public String title(Lang lang) {
        return lang == Lang.EN ? titleEn : titleVi;
    }
}
