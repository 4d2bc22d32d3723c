package vn.xkmt.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;

/**
 * Reads a commune data workbook ({@code .xlsx}) as the data-sheet contract says, streaming: memory
 * holds the facts read, never the workbook. It never throws on bad input: a file that cannot be read
 * gives a {@link Dataset} with no rows and one file-level error; an unreadable cell becomes unknown and
 * an error naming its cell. Stateless and thread-safe.
 */
public final class WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);

    /** Reads a workbook file; problems name it by {@code file.toString()}. */
    public Dataset read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return unreadable(name, null, Files.exists(file) ? ReaderMessages.notAFile(name) : InputFiles.absent(file));
        }
        String sha;
        try (InputStream in = Files.newInputStream(file)) {
            sha = sha256(in, OutputStream.nullOutputStream());
        } catch (java.nio.file.AccessDeniedException e) {
            return unreadable(name, null, ReaderMessages.noPermission());
        } catch (IOException | RuntimeException e) {
            return unreadable(name, null, ReaderMessages.unreadable(String.valueOf(e.getMessage())));
        }
        return read(name, file, sha);
    }

    /**
     * Reads a workbook from a stream (a web upload) named {@code fileName} in problems. The stream is
     * spooled to a temporary file, deleted afterwards, so memory stays bounded; it is not closed.
     */
    public Dataset read(String fileName, InputStream in) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("xkmt-upload-", ".xlsx");
            String sha;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                sha = sha256(in, out);
            }
            return read(fileName, tmp, sha);
        } catch (IOException e) {
            return unreadable(fileName, null, ReaderMessages.unreadable(String.valueOf(e.getMessage())));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Could not delete temporary upload {}", tmp);
                }
            }
        }
    }

    private Dataset read(String name, Path file, String sha) {
        try {
            return switch (FileKind.of(file)) {
                case EMPTY -> unreadable(name, sha, ReaderMessages.emptyFile());
                case LEGACY_XLS -> unreadable(name, sha, ReaderMessages.legacyXls());
                case ENCRYPTED -> unreadable(name, sha, ReaderMessages.encrypted());
                case TEXT -> unreadable(name, sha, ReaderMessages.textFile());
                case OTHER -> unreadable(name, sha, ReaderMessages.notWorkbook());
                case ZIP -> new XlsxReading(name, file, sha).read();
            };
        } catch (Refused e) {
            LOG.debug("Refused {}: {}", name, e.getMessage(), e);
            if (e.resource()) {
                ReaderMessages m = e.msg();
                return Dataset.unreadable(name, sha, DataProblem.resourceError(name, m.vi(), m.en()));
            }
            return unreadable(name, sha, e.msg());
        } catch (OutOfMemoryError e) {
            ReaderMessages m = ReaderMessages.outOfMemory();
            return Dataset.unreadable(name, sha, DataProblem.resourceError(name, m.vi(), m.en()));
        } catch (java.nio.file.AccessDeniedException e) {
            return unreadable(name, sha, ReaderMessages.noPermission());
        } catch (IOException e) {
            return unreadable(name, sha, ReaderMessages.unreadable(String.valueOf(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("Unexpected failure reading {}", name, e);
            ReaderMessages m = Refused.securityReason(e);
            return unreadable(name, sha, m != null ? m : ReaderMessages.damagedZip());
        }
    }

    private static Dataset unreadable(String name, String sha, ReaderMessages m) {
        return Dataset.unreadable(name, sha, DataProblem.fileError(name, m.vi(), m.en()));
    }

    private static String sha256(InputStream in, OutputStream copy) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (DigestInputStream din = new DigestInputStream(new NonClosing(in), md)) {
            din.transferTo(copy);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Leaves the caller's stream open. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
