package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The long HTTP fuzz run, outside the default build ({@code mvn -Pfuzz verify}): 10,000 malformed requests (bytes of
 * valid requests overwritten, cut, repeated; broken chunking, lying lengths, bad multipart, odd methods and hosts) to a
 * server on loopback, mixed with valid ones. No answer is a 5xx, the valid requests keep being served, and the log
 * stays within a line per 10 s.
 */
class HttpFuzz {
    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3})");
    private static final String DESCRIPTION = "{\"framework\": \"keras\", \"output\": {\"units\": 1, \"activation\": \"sigmoid\"}, \"loss\": \"mse\", \"task\": \"binary\"}";
    private static final List<String> TEMPLATES = List.of(
            "POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + DESCRIPTION.length()
                    + "\r\nConnection: close\r\n\r\n" + DESCRIPTION,
            "POST /api/recommend HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n11\r\n{\"task\": \"binary\"}\r\n0\r\n\r\n",
            "POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nConnection: close\r\nContent-Length: 147\r\n\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" + DESCRIPTION.substring(0, 40) + "\r\n--XyZ--\r\n",
            "POST /recommend HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\nConnection: close\r\n\r\ntask=binary",
            "POST /api/confirm HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 30\r\nConnection: close\r\n\r\n{\"task\": \"binary\", \"seeds\": 0}",
            "GET /rules/mse-for-classification HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    /** The first bytes of the answer, or what happened instead; {@code patienceMillis} bounds the wait for them. */
    static String exchange(int port, byte[] request, int patienceMillis) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(patienceMillis);
            s.getOutputStream().write(request);
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            return new String(head, StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            return "(no answer)";
        } catch (IOException e) {
            return "(closed: " + e.getClass().getSimpleName() + ")"; // Jetty hangs up on garbage: not an answer, not a 5xx
        }
    }

    static byte[] malformed(Random r) {
        byte[] b = TEMPLATES.get(r.nextInt(TEMPLATES.size())).getBytes(StandardCharsets.ISO_8859_1);
        switch (r.nextInt(6)) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> b = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: \\d+", "Content-Length: " + r.nextInt(100_000))
                    .getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> b = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("\r\n\r\n", "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(r.nextInt(5000)) + (r.nextBoolean() ? "zz" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            case 4 -> b = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("boundary=XyZ|application/json|application/x-www-form-urlencoded",
                    List.of("multipart/form-data; boundary=zz", "multipart/form-data", "application/zip", "text/plain; charset=ebcdic").get(r.nextInt(4)))
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> b = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("^(POST|GET)", List.of("PUT", "DELETE", "PATCH", "BREW", "G\u00e9T").get(r.nextInt(5)))
                    .replaceFirst("Host: 127.0.0.1", List.of("Host: evil.example", "Host:", "X: y", "Host: 127.0.0.1\r\nOrigin: null").get(r.nextInt(4)))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        return b;
    }

    @Test
    void tenThousandMalformedRequestsGetNo5xx() throws IOException {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        TreeMap<String, Integer> statuses = new TreeMap<>();
        int fivexx = 0;
        int validOk = 0;
        long t0 = System.nanoTime();
        try (TestServer server = new TestServer(Limits.DEFAULT)) {
            Random r = new Random(20261123);
            for (int i = 0; i < 10_000; i++) {
                String head = exchange(server.app.port(), malformed(r), 3_000);
                Matcher m = STATUS.matcher(head);
                String status = m.find() ? m.group(1) : head.startsWith("(") ? head.replaceAll(":.*", ")") : "(not HTTP)";
                statuses.merge(status, 1, Integer::sum);
                if (status.startsWith("5")) fivexx++;
                if (i % 100 == 0) {
                    // a valid request is waited for as a client would (under load 35 one took over the 3 s given to garbage)
                    String ok = exchange(server.app.port(), TEMPLATES.get(0).getBytes(StandardCharsets.ISO_8859_1), 60_000);
                    if (ok.startsWith("HTTP/1.1 200")) validOk++;
                }
            }
        } finally {
            System.setErr(err);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String logged = log.toString(StandardCharsets.UTF_8);
        long lines = logged.lines().count();
        System.out.printf("[fuzz] http: 10000 malformed requests in %.0f s: %s; 5xx: %d; valid requests served: %d/100; log: %d lines%n",
                seconds, statuses, fivexx, validOk, lines);
        assertEquals(0, fivexx, statuses + "\n" + logged.substring(0, Math.min(logged.length(), 4000)));
        assertEquals(100, validOk, "valid requests between the malformed ones are served");
        assertTrue(lines <= seconds / 10 + 5, "the log stays bounded: " + lines + " lines in " + seconds + " s\n" + logged);
        assertTrue(!logged.contains("\tat "), "no stack traces:\n" + logged);
    }
}
