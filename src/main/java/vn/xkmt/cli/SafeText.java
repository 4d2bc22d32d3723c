package vn.xkmt.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text from workbooks made safe for a terminal or a log: control characters (escape sequences that
 * clear the screen or retitle the window, NUL, BEL…), C1 controls and the bidirectional controls
 * that reorder what a reader sees (U+202E…) are shown escaped as <code>\\u001b</code>. Line ends and tabs
 * stay as they are. Reports keep the text (never as markup); only the console and the log escape it.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Whether {@code c} is shown escaped; {@code \n}, {@code \t} and {@code \r} before {@code \n} are not. */
    static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code s} with every unsafe character, and every {@code \r} not ending a line, as <code>\\uXXXX</code>. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = unsafe(c) || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A writer that escapes what passes through it (a {@code \r} is held until the next character shows whether a line ends). */
    static final class Escaping extends FilterWriter {

        private boolean pendingReturn;

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (pendingReturn) {
                pendingReturn = false;
                if (ch == '\n') {
                    out.write("\r\n");
                    return;
                }
                out.write("\\u000d");
            }
            if (ch == '\r') {
                pendingReturn = true;
            } else if (unsafe(ch)) {
                out.write(String.format("\\u%04x", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(cbuf[i]);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(str.charAt(i));
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (pendingReturn) {
                pendingReturn = false;
                out.write("\\u000d");
            }
            out.close();
        }
    }

    /** {@code out} escaping what it prints, flushing on each line as the command line's writers do. */
    static java.io.PrintWriter escaping(java.io.PrintWriter out) {
        return new java.io.PrintWriter(new Escaping(out), true);
    }
}
