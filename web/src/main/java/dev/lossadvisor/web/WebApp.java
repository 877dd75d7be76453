package dev.lossadvisor.web;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web app on embedded Jetty: {@code java -jar loss-advisor-web.jar [--port 7070]}. */
@Command(name = "loss-advisor-web", mixinStandardHelpOptions = true, description = "Serves the Loss Advisor pages and REST API.")
public final class WebApp implements Callable<Integer> {
    static {
        // DJL must never try the network: the reference CNN's engine ships in the jar
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
    }

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--max-body", defaultValue = "4194304", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-jobs", defaultValue = "2", description = "Confirm jobs queued or running at once; more get 429 (default: ${DEFAULT-VALUE}).")
    int maxJobs;

    @Option(names = "--job-timeout", defaultValue = "120", description = "Seconds one confirm job may train (default: ${DEFAULT-VALUE}).")
    int jobTimeout;

    public static void main(String[] args) {
        int code = new CommandLine(new WebApp()).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() {
        Limits limits = new Limits(maxBody, maxJobs, Duration.ofSeconds(jobTimeout), Limits.DEFAULT.keptJobs());
        LossAdvisor advisor = LossAdvisor.create();
        ConfirmJobs jobs = new ConfirmJobs(advisor, limits);
        Javalin app = WebServer.create(advisor, jobs, limits).start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            jobs.close();
        }));
        System.out.println("Loss Advisor web on http://" + host + ":" + app.port() + "/  (Ctrl+C stops it)");
        return 0;
    }
}
