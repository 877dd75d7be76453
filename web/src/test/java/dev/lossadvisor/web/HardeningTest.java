package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Malformed bodies, other sites and rebound host names get a 4xx with a reason, never a 5xx or an action. */
class HardeningTest extends SharedServer {

    /** Sends raw bytes (for what HttpClient will not send: a Host of our choosing, a broken chunk) and returns the status line. */
    static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') got.write(b);
            return got.toString(StandardCharsets.ISO_8859_1).strip();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/validate", "/recommend", "/confirm", "/api/validate", "/api/recommend"})
    void multipartWithoutItsBoundaryIsABadRequest(String path) {
        HttpResponse<String> r = server.post(path, "multipart/form-data; boundary=zz", "{}");
        assertTrue(r.statusCode() == 400 || r.statusCode() == 422, r.statusCode() + " " + r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/validate", "/validate", "/recommend"})
    void aBrokenChunkIsABadRequest(String path) throws IOException {
        String status = raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n");
        assertTrue(status.matches("HTTP/1\\.1 4\\d\\d .*"), status);
    }

    /** Found by the HTTP fuzz run: a charset Java does not know (500 before) and a mangled protocol version (505 before). */
    @Test
    void unknownCharsetsAndProtocolVersionsAreBadRequests() throws IOException {
        HttpResponse<String> r = server.post("/recommend", "application/x-www-form-urlencoded; charset=ebcdic", "task=binary");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(raw("GET /api/rules HTTP/1.q\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400"));
    }

    @Test
    void anotherSiteCannotStartAJob() {
        int before = server.jobs.size();
        for (String[] header : new String[][] {{"Origin", "http://evil.example"}, {"Sec-Fetch-Site", "cross-site"},
                {"Referer", "http://evil.example/page.html"}, {"Origin", "null"}}) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/confirm"))
                    .header("Content-Type", "application/json").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.ofString("{\"task\": \"binary\", \"seeds\": 1}")));
            assertEquals(403, r.statusCode(), header[0] + ": " + r.body());
            assertTrue(TestServer.json(r).get("hint").asText().contains("--allowed-origin"));
        }
        assertEquals(before, server.jobs.size(), "no job was started");
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(URI.create(server.base + "/recommend"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("task=binary")));
        assertEquals(403, form.statusCode());
    }

    @Test
    void ourOwnPagesAndPlainClientsMayPost() {
        HttpResponse<String> sameOrigin = server.send(HttpRequest.newBuilder(URI.create(server.base + "/recommend"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.base).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("task=binary")));
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
        assertEquals(200, server.post("/api/recommend", "{\"task\": \"binary\"}").statusCode(), "curl and scripts send no Origin");
    }

    @Test
    void anAllowedOriginMayPost() {
        TestServer open = new TestServer(Limits.DEFAULT, new CrossSite(true, Set.of("https://tools.example.org")));
        try (open) {
            HttpResponse<String> r = open.send(HttpRequest.newBuilder(URI.create(open.base + "/api/recommend"))
                    .header("Content-Type", "application/json").header("Origin", "https://tools.example.org")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"task\": \"binary\"}")));
            assertEquals(200, r.statusCode(), r.body());
        }
    }

    /** DNS rebinding: a page on attacker.example whose name now resolves to 127.0.0.1 reads nothing. */
    @Test
    void aReboundHostNameIsRefused() throws IOException {
        assertTrue(raw("GET /api/rules HTTP/1.1\r\nHost: attacker.example:" + server.app.port() + "\r\nConnection: close\r\n\r\n").contains(" 403 "));
        assertTrue(raw("GET /api/rules HTTP/1.1\r\nHost: localhost:" + server.app.port() + "\r\nConnection: close\r\n\r\n").contains(" 200 "));
        assertTrue(raw("GET /api/rules HTTP/1.1\r\nHost: [::1]:" + server.app.port() + "\r\nConnection: close\r\n\r\n").contains(" 200 "));
    }

    @Test
    void rejectedRequestsLogAtMostALinePerInterval() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        RejectLog rejects = new RejectLog(new PrintStream(log, true, StandardCharsets.UTF_8));
        for (int i = 0; i < 10_000; i++) rejects.rejected("POST /validate", "bad multipart");
        assertEquals(1, log.toString(StandardCharsets.UTF_8).lines().count(), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badFlagsAreOneLineAndExitTwo() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String[] args : new String[][] {{"--port", "99999"}, {"--max-jobs", "abc"}, {"--max-body", "-5"}, {"--job-timeout", "0"},
                    {"--allowed-origin", "evil"}}) {
                captured.reset();
                assertEquals(2, WebApp.run(args), String.join(" ", args));
                String said = captured.toString(StandardCharsets.UTF_8);
                assertEquals(1, said.lines().count(), said);
                assertTrue(said.startsWith("loss-advisor-web: ") && !said.contains("Exception"), said);
            }
        } finally {
            System.setErr(err);
        }
    }

    /**
     * 300 uploads that stall after their headers (more than Jetty's default pool has threads) while others are served.
     * They come from ten loopback addresses, as from ten clients: one address alone would meet the per-address cap,
     * which then refuses the valid requests from that same address too.
     */
    @Test
    void stalledUploadsDoNotStallOthers() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", server.app.port(), java.net.InetAddress.getByName("127.0.0." + (2 + i % 10)), 0);
                s.getOutputStream().write(("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                stalled.add(s);
            }
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = server.post("/api/validate", "{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"mse\"}");
                assertEquals(200, r.statusCode(), r.body());
                // a request that waited for a thread held by a stalled upload waits until the server cuts one, BODY_GRACE
                // after it stalled; a fixed 2 s failed on a loaded machine (request 0 took longer, with threads to spare)
                assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(SlowClients.BODY_GRACE) < 0, "request " + i + " waited for the stalled ones");
            }
        } finally {
            for (Socket s : stalled) s.close();
        }
    }
}
