package dev.lossadvisor.web;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import io.javalin.Javalin;
import dev.lossadvisor.web.jobs.DataLock;
import dev.lossadvisor.web.jobs.JobStore;
import java.net.InetAddress;
import java.nio.file.Path;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

    @Option(names = "--allowed-origin", paramLabel = "ORIGIN", description = "An origin (scheme://host[:port]) whose pages may post here, "
            + "e.g. a reverse proxy's; repeatable. Other sites' posts get 403.")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Where confirm jobs and their results are kept across restarts "
            + "(default: $XDG_DATA_HOME/loss-advisor, else ~/.local/share/loss-advisor).")
    Path data;

    @Option(names = "--job-timeout", defaultValue = "120", description = "Seconds one confirm job may train (default: ${DEFAULT-VALUE}).")
    int jobTimeout;

    @Option(names = "--analysis-timeout", defaultValue = "10", description = "Seconds one upload's reading and analysis may take, "
            + "queueing included; a slower one is stopped and answered 422 (default: ${DEFAULT-VALUE}).")
    int analysisTimeout;

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) System.exit(code);
    }

    /** Runs the command line; a bad flag is one line on stderr and exit 2, never a usage dump or a stack trace. */
    static int run(String[] args) {
        CommandLine cli = new CommandLine(new WebApp());
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("loss-advisor-web: " + e.getMessage() + " (see --help)");
            return 2;
        });
        return cli.execute(args);
    }

    /** One line naming the flag and what it takes, for a value out of range. */
    private static Integer badFlag(String flag, String takes, Object got) {
        System.err.println("loss-advisor-web: " + flag + " must be " + takes + ", got " + got + " (see --help)");
        return 2;
    }

    /** Per user, as the XDG base directory specification places application data. */
    static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("loss-advisor");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) return badFlag("--port", "between 0 and 65535", port);
        if (maxBody < 1024) return badFlag("--max-body", "at least 1024 bytes", maxBody);
        if (maxJobs < 1) return badFlag("--max-jobs", "at least 1", maxJobs);
        if (jobTimeout < 1) return badFlag("--job-timeout", "at least 1 second", jobTimeout);
        if (analysisTimeout < 1) return badFlag("--analysis-timeout", "at least 1 second", analysisTimeout);
        for (String o : allowedOrigins) {
            if (!o.matches("https?://[^/\\s]+")) return badFlag("--allowed-origin", "an origin such as https://example.org (no path)", o);
        }
        Limits limits = new Limits(maxBody, maxJobs, Duration.ofSeconds(jobTimeout), Limits.DEFAULT.keptJobs(), Duration.ofSeconds(analysisTimeout));
        Path dataDir = data != null ? data : defaultDataDir();
        JobStore store;
        try {
            store = JobStore.open(dataDir);
        } catch (DataLock.InUse e) {
            System.err.println("loss-advisor-web: --data " + e.getMessage() + " (stop it, or give this one another --data)");
            return 2;
        } catch (RuntimeException e) {
            return badFlag("--data", "a directory this user can write", dataDir + " (" + e.getMessage() + ")");
        }
        LossAdvisor advisor = LossAdvisor.create();
        ConfirmJobs jobs = new ConfirmJobs(advisor, limits, store);
        CrossSite crossSite = new CrossSite(isLoopback(host), allowedOrigins.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        Javalin app;
        try {
            app = WebServer.create(advisor, jobs, limits, crossSite).start(host, port);
        } catch (RuntimeException e) {
            jobs.close();
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("loss-advisor-web: cannot listen on " + host + ":" + port + ": " + root.getMessage()
                    + " (choose another --port or --host)");
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // a request still running after the grace makes stop() throw: the jobs are marked interrupted all the same
            try {
                app.stop();
            } catch (RuntimeException e) {
                System.err.println("loss-advisor-web: stopped with requests still in flight (" + e.getMessage() + ")");
            } finally {
                jobs.close();
            }
        }));
        System.out.println("Loss Advisor web on http://" + host + ":" + app.port() + "/  (Ctrl+C stops it)");
        return 0;
    }
}
