package vn.xkmt.ingest;

import java.nio.file.Path;
import vn.xkmt.commune.Dataset;

/**
 * Reads one workbook and prints what was read: run in a child JVM with a capped heap by
 * {@link BoundedMemoryTest}. Exit 0 when read, 3 when the reader reported an error.
 */
public final class ReadMain {

    private ReadMain() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Dataset d = new WorkbookReader().read(Path.of(args[0]));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.println("communes=" + d.communes().size() + " persons=" + d.persons().size() + " villages="
                + d.villages().size() + " models=" + d.models().size() + " annual=" + d.annualReports().size()
                + " errors=" + d.errors().size() + " warnings=" + d.warnings().size() + " ms=" + ms + " usedMB=" + used
                + " maxMB=" + rt.maxMemory() / (1024 * 1024));
        d.problems().stream().limit(5).forEach(p -> System.out.println(p.describe()));
        System.exit(d.errors().isEmpty() ? 0 : 3);
    }
}
