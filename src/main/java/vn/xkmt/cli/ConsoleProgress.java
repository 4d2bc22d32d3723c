package vn.xkmt.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.xkmt.batch.Progress;

/**
 * How a batch shows its progress on the console: a progress bar when standard error is a
 * terminal, plain lines ({@code Đánh giá / Evaluating: 1200/3321}) when it goes to a file or a pipe.
 */
final class ConsoleProgress {

    /** Plain lines are written at most this often, plus the first and the last of each stage. */
    static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;

    private ConsoleProgress() {
    }

    /** A progress bar on a terminal, plain lines to {@code err} otherwise. */
    static Progress forConsole(PrintWriter err) {
        return isTerminal() ? new Bar() : plain(err, PLAIN_INTERVAL_NANOS, System::nanoTime);
    }

    static Progress plain(PrintWriter err, long intervalNanos, LongSupplier clock) {
        return new Plain(err, intervalNanos, clock);
    }

    /** A console that is a terminal (on Java 22+, {@code System.console()} exists even when redirected). */
    static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Plain progress lines, safe to step from worker threads. */
    static final class Plain implements Progress {

        private final PrintWriter out;
        private final long interval;
        private final LongSupplier clock;
        private final AtomicInteger done = new AtomicInteger();
        private volatile String name;
        private volatile int total;
        private volatile long lastAt;
        private int lastShown = -1;

        Plain(PrintWriter out, long intervalNanos, LongSupplier clock) {
            this.out = out;
            this.interval = intervalNanos;
            this.clock = clock;
        }

        @Override
        public synchronized void stage(String stageName, int steps) {
            done();
            name = stageName;
            total = steps;
            done.set(0);
            show(0);
        }

        @Override
        public void step() {
            int n = done.incrementAndGet();
            if (name != null && (n >= total || clock.getAsLong() - lastAt >= interval)) {
                synchronized (this) {
                    if (n > lastShown) {
                        show(n);
                    }
                }
            }
        }

        @Override
        public synchronized void done() {
            if (name != null && done.get() != lastShown) {
                show(done.get());
            }
            name = null;
        }

        private void show(int n) {
            out.println(name + ": " + n + "/" + total);
            out.flush();
            lastShown = n;
            lastAt = clock.getAsLong();
        }
    }

    /** A progress bar drawn by me.tongfei:progressbar on standard error. */
    static final class Bar implements Progress {

        private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        private final PrintStream out;
        private volatile ProgressBar bar;

        Bar() {
            this(ERR);
        }

        /** A bar drawn on {@code out} (the terminal's standard error by default). */
        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void stage(String name, int steps) {
            done();
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(steps)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(out)).build();
        }

        @Override
        public void step() {
            ProgressBar b = bar;
            if (b != null) {
                b.step();
            }
        }

        @Override
        public synchronized void done() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
