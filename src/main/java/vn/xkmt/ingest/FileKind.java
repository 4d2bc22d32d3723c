package vn.xkmt.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What a file is, from its first bytes: what the reader can say before opening it as a workbook. */
enum FileKind {
    EMPTY, ZIP, LEGACY_XLS, ENCRYPTED, TEXT, OTHER;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    static FileKind of(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            return EMPTY;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return ZIP;
        }
        if (startsWith(head, n, OLE2)) {
            return encrypted(file) ? ENCRYPTED : LEGACY_XLS;
        }
        return isText(head, n) ? TEXT : OTHER;
    }

    /** An OLE2 container holding an encrypted OOXML package: a password-protected workbook. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (or UTF-16 with a BOM) without NUL bytes: text, CSV, HTML saved under a wrong name. */
    private static boolean isText(byte[] head, int n) {
        if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        // a multi-byte character cut at the end of the sample is not an error: endOfInput only for a whole file
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(head, 0, n), CharBuffer.allocate(n), n < head.length);
        return !r.isError() || windows1258Like(head, n);
    }

    /** Legacy 8-bit text (a CSV saved by an old tool): printable bytes and line breaks only. */
    private static boolean windows1258Like(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
