package vn.xkmt.cli;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.xkmt.commune.Dataset;

/**
 * The first workbook read in the background, started before the rule sets are compiled: on a national batch
 * both take seconds, and on two cores they overlap (docs/performance.md). Only the first: the evaluator reads
 * each next workbook while it evaluates the current one, and a workbook handed out is let go here, so a batch of
 * many workbooks never holds them all. Reading has no visible
 * effect (it never throws on bad input and prints nothing), so a run that stops at a usage error
 * looks exactly as if nothing had been read; {@link #close()} abandons what is still being read.
 */
final class Prefetch implements AutoCloseable {

    private final Function<Path, Dataset> read;
    private final ExecutorService pool;
    private final Map<Path, Future<Dataset>> reads = new ConcurrentHashMap<>();

    private Prefetch(List<Path> files, Function<Path, Dataset> read) {
        this.read = read;
        this.pool = Executors.newFixedThreadPool(1, r -> {
            Thread t = new Thread(r, "xkmt-read");
            t.setDaemon(true);
            return t;
        });
        if (!files.isEmpty()) {
            Path first = files.get(0);
            reads.put(first, pool.submit(() -> read.apply(first)));
        }
    }

    static Prefetch start(List<Path> files, Function<Path, Dataset> read) {
        return new Prefetch(files, read);
    }

    /** The dataset of a file, read in the background (waiting for it if need be) or now; handed out once. */
    Dataset get(Path file) {
        Future<Dataset> f = reads.remove(file);
        if (f == null) {
            return read.apply(file);
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
