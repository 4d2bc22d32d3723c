package vn.xkmt.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.xkmt.commune.Dataset;

/**
 * Workbooks read in the background, started before the rule sets are compiled: on a national batch
 * both take seconds, and on two cores they overlap (docs/performance.md). Reading has no visible
 * effect (it never throws on bad input and prints nothing), so a run that stops at a usage error
 * looks exactly as if nothing had been read; {@link #close()} abandons what is still being read.
 */
final class Prefetch implements AutoCloseable {

    private final Function<Path, Dataset> read;
    private final ExecutorService pool;
    private final Map<Path, Future<Dataset>> reads = new HashMap<>();

    private Prefetch(List<Path> files, Function<Path, Dataset> read) {
        this.read = read;
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xkmt-read");
            t.setDaemon(true);
            return t;
        });
        for (Path f : files) {
            reads.putIfAbsent(f, pool.submit(() -> read.apply(f)));
        }
    }

    static Prefetch start(List<Path> files, Function<Path, Dataset> read) {
        return new Prefetch(files, read);
    }

    /** The dataset of a file, read in the background (waiting for it if need be) or now. */
    Dataset get(Path file) {
        Future<Dataset> f = reads.get(file);
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
