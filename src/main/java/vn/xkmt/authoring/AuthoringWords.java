package vn.xkmt.authoring;

import vn.xkmt.text.Messages;

/**
 * The words of golden cases, impact and rule checks, from {@code vn/xkmt/authoring/messages_vi/en.properties}: an
 * author reads both languages at once.
 */
final class AuthoringWords {

    private static final Messages WORDS = Messages.of(AuthoringWords.class);

    private AuthoringWords() {
    }

    /** {@code vi / en}, both filled with {@code args}. */
    static String both(String key, Object... args) {
        return WORDS.both(key, args);
    }

    /** {@code vi/en}: a short label ({@code đơn vị/unit}). */
    static String tight(String key) {
        return WORDS.tight(key);
    }
}
