package vn.xkmt.bench;

import java.nio.file.Path;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;

/** Developer's loop: our reader vs fastexcel's raw scan, alternating, a few rounds. */
public final class IngestQuick {
    public static void main(String[] args) {
        Path f = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("StAX: " + javax.xml.stream.XMLInputFactory.newInstance().getClass());
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            Dataset ds = new WorkbookReader().read(f);
            long t1 = System.nanoTime();
            FastexcelScan.Scan s = FastexcelScan.scan(f);
            long t2 = System.nanoTime();
            double a = (t1 - t0) / 1e6;
            double b = (t2 - t1) / 1e6;
            System.out.printf("xkmt %.0f ms (%d persons, %d problems), fastexcel %.0f ms (%d cells), ratio %.2f%n", a,
                    ds.persons().size(), ds.problems().size(), b, s.cells(), a / b);
        }
    }
}
