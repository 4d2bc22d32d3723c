package vn.xkmt.text;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A feature's message bundle, {@code vn/xkmt/<feature>/messages_vi.properties} and {@code _en} (UTF-8), read once.
 * Positional placeholders {@code {0}}, {@code {1}}… are replaced by the arguments as written — no
 * {@code MessageFormat} quoting or number formatting, so a bundle's text is exactly the sentence shown.
 */
public final class Messages {

    private static final Map<String, Messages> BUNDLES = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final Map<Lang, ResourceBundle> bundles;

    private Messages(String baseName) {
        this.baseName = baseName;
        Map<Lang, ResourceBundle> b = new java.util.EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            b.put(l, ResourceBundle.getBundle(baseName, l.locale(), Messages.class.getClassLoader(), NO_FALLBACK));
        }
        this.bundles = b;
    }

    /** The bundle {@code baseName} ({@code vn.xkmt.report.messages}). */
    public static Messages of(String baseName) {
        return BUNDLES.computeIfAbsent(baseName, Messages::new);
    }

    /** The bundle {@code messages} of the package of {@code type}. */
    public static Messages of(Class<?> type) {
        return of(type.getPackageName() + ".messages");
    }

    /**
     * The message {@code key} in {@code lang}, its placeholders {@code {i}} replaced by {@code args[i]}.
     *
     * @throws IllegalArgumentException when the bundle has no such key
     */
    public String get(String key, Lang lang, Object... args) {
        String template;
        try {
            template = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in " + baseName + "_" + lang.tag(), e);
        }
        return fill(template, args);
    }

    /**
     * {@code vi / en}: the message in both languages on one line, as a console, a log or a rule author reads it
     * ({@code thiếu tệp / file missing}).
     */
    public String both(String key, Object... args) {
        return get(key, Lang.VI, args) + " / " + get(key, Lang.EN, args);
    }

    /** {@code vi/en}: a short label in both languages ({@code LỖI/ERROR}, {@code xã/communes}). */
    public String tight(String key) {
        return get(key, Lang.VI) + "/" + get(key, Lang.EN);
    }

    /** The message {@code key} in both languages. */
    public Text text(String key, Object... args) {
        return new Text(get(key, Lang.VI, args), get(key, Lang.EN, args));
    }

    /** Whether the bundle has {@code key} in {@code lang}. */
    public boolean has(String key, Lang lang) {
        return bundles.get(lang).containsKey(key);
    }

    public Set<String> keys(Lang lang) {
        return bundles.get(lang).keySet();
    }

    static String fill(String template, Object... args) {
        if (args == null || args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int n = Integer.parseInt(template, i + 1, close, 10);
                if (n < args.length) {
                    sb.append(args[n]);
                    i = close + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return baseName;
    }
}
