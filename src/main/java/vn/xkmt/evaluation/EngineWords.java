package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import vn.xkmt.text.Messages;

/** The engine's own words — verdict and outcome labels, a plan's default names, causes — from {@code labels_vi/en}. */
final class EngineWords {

    private static final Messages LABELS = Messages.of("vn.xkmt.evaluation.labels");

    private EngineWords() {
    }

    static String get(String key, Lang lang, Object... args) {
        return LABELS.get(key, lang, args);
    }

    /** {@code vi / en}, both filled with {@code args}: a rule set's author reads both at once. */
    static String both(String key, Object... args) {
        return LABELS.both(key, args);
    }
}
