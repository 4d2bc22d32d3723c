package vn.xkmt.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code xkmt serve}: starts the web application. The only command that starts Spring; Spring
 * classes are touched only inside {@link #call()}, so the other commands never load them.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Chạy ứng dụng web cho tổ thẩm định (mặc định cổng 8080, CSDL H2 trong data/).",
                "Starts the web application for appraisal teams (port 8080, H2 database under data/ by default).",
                "Spring options pass through, e.g. --spring.profiles.active=postgres,demo --server.port=9090"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port / cổng (default 8080)")
    Integer port;

    @Option(names = "--demo", description = "create the demo users / tạo tài khoản dùng thử (profile demo)")
    boolean demo;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArgs);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (demo) {
            args.add("--spring.profiles.include=demo");
        }
        var context = org.springframework.boot.SpringApplication.run(WebApp.class, args.toArray(String[]::new));
        // xkmt's main exits with the command's code: wait here until the server is stopped.
        var closed = new java.util.concurrent.CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            if (context.isActive()) {
                closed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
