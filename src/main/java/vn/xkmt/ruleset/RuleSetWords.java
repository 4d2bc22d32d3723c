package vn.xkmt.ruleset;

import vn.xkmt.text.Lang;
import vn.xkmt.text.Messages;

/**
 * The words of a rule set's problems, from {@code vn/xkmt/ruleset/messages_vi/en.properties}: an author reads both
 * languages at once, {@code thiếu tệp / file missing}.
 */
final class RuleSetWords {

    private static final Messages WORDS = Messages.of(RuleSetWords.class);

    private RuleSetWords() {
    }

    /** {@code vi / en}, both filled with {@code args}. */
    static String both(String key, Object... args) {
        return WORDS.both(key, args);
    }

    static String in(Lang lang, String key, Object... args) {
        return WORDS.get(key, lang, args);
    }
}
