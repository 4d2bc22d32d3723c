package vn.xkmt.cli;

import vn.xkmt.text.Lang;
import vn.xkmt.text.Messages;

/**
 * What the commands print, from {@code vn/xkmt/cli/messages_vi/en.properties}; a console line says both languages,
 * {@code Không ghi được / cannot write}.
 */
final class CliWords {

    private static final Messages WORDS = Messages.of(CliWords.class);

    private CliWords() {
    }

    /** {@code vi / en}, both filled with {@code args}. */
    static String both(String key, Object... args) {
        return WORDS.both(key, args);
    }

    /** {@code vi/en}: a short label ({@code LỖI/ERROR}, {@code xã/communes}). */
    static String tight(String key) {
        return WORDS.tight(key);
    }

    static String in(Lang lang, String key, Object... args) {
        return WORDS.get(key, lang, args);
    }
}
