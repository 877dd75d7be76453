package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import dev.lossadvisor.engine.input.InputException;
import io.javalin.Javalin;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Uploads that cost or hold too much: zips with entries outside the project (one rule, 400 in one line), analyses past
 * their deadline (422, the server serving on), headers that trickle in, and one address opening too many connections.
 */
class UploadLimitsTest {
    /** How long an event the test causes may take to happen on a loaded machine; below the 30 s analysis deadline used here. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String GOOD = "import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))\n"
            + "criterion = nn.CrossEntropyLoss()\nloss = criterion(model(torch.zeros(2, 4)), torch.zeros(2, dtype=torch.long))\n";

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static HttpResponse<String> post(TestServer server, byte[] body) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void zipEntriesOutsideTheProjectOrRepeatedAreOne400Each() throws IOException {
        try (TestServer server = new TestServer()) {
            for (String bad : List.of("/etc/evil.py", "../up.py", "src/../../up.py", "C:/evil.py", "c:evil.py", "src\\..\\..\\up.py")) {
                HttpResponse<String> r = post(server, zip(Map.of("train.py", GOOD, bad, GOOD)));
                assertEquals(400, r.statusCode(), bad + ": " + r.body());
                assertTrue(r.body().contains("zip entry") && !r.body().contains("\\n"), r.body());
            }
            // a name that normalises to one already there (./a.py beside a.py) is a repeat
            byte[] twice = zip(new java.util.LinkedHashMap<>(Map.of("a.py", GOOD, "./a.py", GOOD)));
            HttpResponse<String> r = post(server, twice);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("appears twice"), r.body());
            // the correct look-alikes pass: ./ prefixes, backslash folders, a file named ..py
            HttpResponse<String> ok = post(server, zip(Map.of("./src/train.py", GOOD, "lib\\util.py", "x = 1\n", "..py", "y = 2\n")));
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("probabilities-to-logits-loss"), ok.body());
        }
    }

    /**
     * The deadline and the hang-up, against work that honours interruption as the engine's analysis does (it throws
     * CancellationException soon after an interrupt): a route of its own runs such work through {@link Analyses}.
     */
    @Test
    void anAnalysisPastItsDeadlineIs422AndIsStopped() throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        Analyses analyses = new Analyses(Duration.ofSeconds(1), 2, new RejectLog(System.err));
        Javalin app = Javalin.create(cfg -> cfg.routes.post("/spin", ctx -> {
            try {
                ctx.result(analyses.run(ctx, () -> spinUntilInterrupted(stopped)));
            } catch (InputException e) {
                ctx.status(422).result(e.problem());
            }
        })).start("127.0.0.1", 0);
        try {
            // the work never ends by itself: any answer is the deadline's
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/spin"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("took longer than 1 s"), r.body());
            assertTrue(becomes(stopped), "the analysis thread was interrupted");

            // a client that hangs up: its analysis stops too, long before the deadline would
            Analyses long_ = new Analyses(Duration.ofSeconds(30), 2, new RejectLog(System.err));
            AtomicBoolean hungUp = new AtomicBoolean();
            Javalin app2 = Javalin.create(cfg -> cfg.routes.post("/spin", ctx -> ctx.result(long_.run(ctx, () -> spinUntilInterrupted(hungUp)))))
                    .start("127.0.0.1", 0);
            try (Socket s = new Socket("127.0.0.1", app2.port())) {
                s.getOutputStream().write("POST /spin HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n\r\nx".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(300);
            }
            // long before the 30 s deadline: only the hang-up can stop it this soon
            assertTrue(becomes(hungUp), "the analysis of a client that left was interrupted");
            app2.stop();
        } finally {
            app.stop();
        }
    }

    /**
     * Whether {@code flag} is set within {@link #PATIENCE}: a wait for an event, not a measure of its speed (a loaded
     * machine may take seconds to schedule a thread).
     */
    private static boolean becomes(AtomicBoolean flag) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!flag.get() && System.nanoTime() < until) Thread.sleep(20);
        return flag.get();
    }

    /** How many of {@code sockets} the server has not closed. */
    private static int openCount(List<Socket> sockets) throws IOException {
        int open = 0;
        for (Socket s : sockets) {
            s.setSoTimeout(20);
            try {
                if (s.getInputStream().read() >= 0) open++;
            } catch (SocketTimeoutException stillOpen) {
                open++;
            } catch (IOException closed) {
                // cut
            }
        }
        return open;
    }

    /** The status of GET /api/rules, or -1 when the connection was refused or cut. */
    private static int status(TestServer server) {
        try {
            return server.get("/api/rules").statusCode();
        } catch (java.io.UncheckedIOException cut) {
            return -1;
        }
    }

    private static String spinUntilInterrupted(AtomicBoolean stopped) {
        while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
        stopped.set(true);
        throw new CancellationException("interrupted");
    }

    @Test
    void headersTricklingInAreCutAtTheirDeadline() throws Exception {
        try (TestServer server = new TestServer(); Socket s = new Socket("127.0.0.1", server.app.port())) {
            s.setSoTimeout(500);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            long t0 = System.nanoTime();
            long giveUp = t0 + PATIENCE.toNanos();
            boolean cut = false;
            // a byte every half second never lets the 10 s idle timeout fire, and the headers never end: nothing but the
            // header deadline can cut it, so it is waited for, not timed (a loaded machine runs the sweep late)
            for (int i = 0; !cut && System.nanoTime() < giveUp; i++) {
                try {
                    out.write("GET /api/rules HTTP/1.1\r\nX: ".charAt(Math.min(i, 25)));
                    out.flush();
                    cut = in.read() < 0;
                } catch (SocketTimeoutException quiet) {
                    // still open
                } catch (IOException reset) {
                    cut = true;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(cut, "a request whose headers trickle in is cut");
            assertTrue(seconds >= SlowClients.HEADER_DEADLINE.toSeconds(), "cut after " + seconds + " s, before the deadline");
        }
    }

    @Test
    void oneAddressHoldsAtMostItsShareOfConnections() throws Exception {
        try (TestServer server = new TestServer()) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < WebServer.MAX_CONNECTIONS_PER_IP + 16; i++) held.add(new Socket("127.0.0.1", server.app.port()));
                // the kernel completes a connection before the server accepts it: the cut ones are waited for (a cut is
                // final, so the count only falls; only the idle timeout would take it below the cap)
                long until = System.nanoTime() + WebServer.IDLE.minusSeconds(2).toNanos();
                int open = openCount(held);
                while (open > WebServer.MAX_CONNECTIONS_PER_IP && System.nanoTime() < until) {
                    Thread.sleep(100);
                    open = openCount(held);
                }
                assertEquals(WebServer.MAX_CONNECTIONS_PER_IP, open, "connections left open from one address");
            } finally {
                for (Socket s : held) s.close();
            }
            // the server sees the hang-ups when it gets to them
            long until = System.nanoTime() + PATIENCE.toNanos();
            int status = status(server);
            while (status != 200 && System.nanoTime() < until) {
                Thread.sleep(100);
                status = status(server);
            }
            assertEquals(200, status, "the address is served again once its connections close");
        }
    }
}
