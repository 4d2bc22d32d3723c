package vn.xkmt.report;

import vn.xkmt.text.Lang;
import vn.xkmt.text.Messages;

/**
 * The fixed words of the reports, from {@code vn/xkmt/report/messages_vi/en.properties}. Rule set words come from the
 * manifests.
 */
final class Texts {

    private static final Messages WORDS = Messages.of(Texts.class);

    private Texts() {
    }

    /** The word for {@code key} in {@code lang}, placeholders {@code {0}}… filled with {@code args}. */
    static String t(String key, Lang lang, Object... args) {
        return WORDS.get(key, lang, args);
    }

    /**
     * Why a result's criteria are for reference only: {@code Ngày xét 20/01/2026 ngoài thời gian hiệu
     * lực của bộ tiêu chí Thanh Hóa, phiên bản 2024.1 (01/11/2024 – 31/12/2025): các tiêu chí dưới
     * đây chỉ để tham khảo, không dùng để công nhận}.
     */
    static String notInForce(vn.xkmt.evaluation.UnitResult r, Lang lang) {
        var def = r.ruleSet();
        String place = def.provinces().isEmpty() ? def.name(lang) : String.join(", ", def.provinces());
        String period = Units.period(def.effectiveFrom(), def.effectiveTo(), lang);
        String date = Units.date(r.referenceDate());
        return t("notInForce.because", lang, date, place, def.version(), period);
    }
}
