package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.xkmt.batch.Progress;

class ConsoleProgressTest {

    @Test
    void plainLinesNameTheStageAndCount() {
        StringWriter s = new StringWriter();
        Progress p = ConsoleProgress.plain(new PrintWriter(s), 0, System::nanoTime);
        p.stage("Đọc tệp / Reading", 2);
        p.step();
        p.step();
        p.done();
        p.stage("Đánh giá / Evaluating", 3);
        p.step();
        p.step();
        p.step();
        p.done();
        p.done();
        assertThat(s.toString().lines()).containsExactly("Đọc tệp / Reading: 0/2", "Đọc tệp / Reading: 1/2",
                "Đọc tệp / Reading: 2/2", "Đánh giá / Evaluating: 0/3", "Đánh giá / Evaluating: 1/3",
                "Đánh giá / Evaluating: 2/3", "Đánh giá / Evaluating: 3/3");
    }

    @Test
    void plainLinesAreThrottledButAlwaysEndOnTheTotal() {
        StringWriter s = new StringWriter();
        AtomicLong clock = new AtomicLong();
        Progress p = ConsoleProgress.plain(new PrintWriter(s), 1000, clock::get);
        p.stage("Đánh giá / Evaluating", 3321);
        for (int i = 0; i < 3321; i++) {
            clock.addAndGet(1);
            p.step();
        }
        p.done();
        assertThat(s.toString().lines()).containsExactly("Đánh giá / Evaluating: 0/3321",
                "Đánh giá / Evaluating: 1000/3321", "Đánh giá / Evaluating: 2000/3321", "Đánh giá / Evaluating: 3000/3321",
                "Đánh giá / Evaluating: 3321/3321");
    }

    @Test
    void stepsFromManyThreadsAllCount() throws InterruptedException {
        StringWriter s = new StringWriter();
        Progress p = ConsoleProgress.plain(new PrintWriter(s), Long.MAX_VALUE, System::nanoTime);
        p.stage("Đánh giá / Evaluating", 4000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    p.step();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        p.done();
        assertThat(s.toString().lines()).containsExactly("Đánh giá / Evaluating: 0/4000", "Đánh giá / Evaluating: 4000/4000");
    }

    @Test
    void noTerminalUnderTestsSoPlainLines() {
        assertThat(ConsoleProgress.isTerminal()).isFalse();
        assertThat(ConsoleProgress.forConsole(new PrintWriter(new StringWriter()))).isInstanceOf(ConsoleProgress.Plain.class);
    }

    @Test
    void givenAStageOfThreeSteps_thenTheBarDrawsItsNameAndEndsAtThreeOfThree() {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        Progress bar = new ConsoleProgress.Bar(new PrintStream(drawn, true, StandardCharsets.UTF_8));
        bar.stage("Đánh giá / Evaluating", 3);
        bar.step();
        bar.step();
        bar.step();
        bar.done();
        bar.done();
        String text = drawn.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Đánh giá / Evaluating", "100%", "3/3");
        assertThat(text).doesNotContain("4/3");
    }
}
