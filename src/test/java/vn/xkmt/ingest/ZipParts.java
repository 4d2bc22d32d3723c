package vn.xkmt.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The parts of an {@code .xlsx} package, to edit one part's XML or drop it, then zip them again. */
final class ZipParts {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    static ZipParts of(byte[] xlsx) {
        ZipParts z = new ZipParts();
        try {
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("xkmt-parts-", ".zip");
            try {
                java.nio.file.Files.write(tmp, xlsx);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(e)) {
                            z.parts.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return z;
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    String text(String part) {
        byte[] b = parts.get(part);
        if (b == null) {
            throw new IllegalArgumentException("no part " + part + " in " + parts.keySet());
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    ZipParts edit(String part, UnaryOperator<String> change) {
        String before = text(part);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit changed nothing in " + part);
        }
        parts.put(part, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipParts put(String part, String text) {
        parts.put(part, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipParts remove(String part) {
        if (parts.remove(part) == null) {
            throw new IllegalArgumentException("no part " + part);
        }
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The package with {@code count} bytes of one entry's compressed data flipped, half-way through it:
     * the zip directory stays sound, the entry's content does not.
     */
    static byte[] flipInEntry(byte[] xlsx, String entry, int count) {
        byte[] out = xlsx.clone();
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 < out.length; i++) {
            if (out[i] == 0x50 && out[i + 1] == 0x4b && out[i + 2] == 3 && out[i + 3] == 4) {
                int nameLen = u16(out, i + 26);
                int extraLen = u16(out, i + 28);
                if (nameLen == name.length && java.util.Arrays.equals(out, i + 30, i + 30 + nameLen, name, 0, nameLen)) {
                    int dataStart = i + 30 + nameLen + extraLen;
                    int next = dataStart;
                    while (next + 4 < out.length && !(out[next] == 0x50 && out[next + 1] == 0x4b
                            && (out[next + 2] == 3 || out[next + 2] == 7 || out[next + 2] == 1))) {
                        next++;
                    }
                    int mid = dataStart + (next - dataStart) / 2;
                    for (int k = 0; k < count; k++) {
                        out[mid + k] ^= (byte) 0xff;
                    }
                    return out;
                }
            }
        }
        throw new IllegalArgumentException("no entry " + entry);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }
}
