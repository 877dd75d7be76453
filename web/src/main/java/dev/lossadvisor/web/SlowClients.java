package dev.lossadvisor.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.EventsHandler;

/**
 * Connection-level limits against clients that hold connections by sending slowly and reconnecting: the idle timeout
 * alone lets a byte every few seconds keep a connection forever. Counted from each request's first byte:
 * <ul>
 *   <li>its headers must be complete within {@link #HEADER_DEADLINE};</li>
 *   <li>its body must average {@link Bodies#MIN_RATE} once {@link #BODY_GRACE} has passed, also for bodies Jetty reads
 *       itself (forms, multipart), which the app's own check in {@link Bodies} never sees;</li>
 * </ul>
 * and one address may hold at most {@code perIp} connections, so one client cannot take the server's connection cap.
 * A connection past a limit is closed; closures are logged at most a line per interval.
 */
final class SlowClients implements Connection.Listener {
    static final Duration HEADER_DEADLINE = Duration.ofSeconds(5);
    /** Longer than Bodies' grace, so that bodies the app reads get its 408 answer first. */
    static final Duration BODY_GRACE = Duration.ofSeconds(10);
    private static final long SWEEP_MILLIS = 250;

    private final int perIp;
    private final RejectLog log;
    private final Map<Connection, State> states = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slow-clients");
        t.setDaemon(true);
        return t;
    });

    /** What is known of one connection: when its current wait or request began and how many bytes it had read then. */
    private static final class State {
        final InetAddress ip;
        volatile long since = System.nanoTime();
        volatile long bytesAtSince;
        /** When the first byte of the next request's headers was seen, or -1. */
        volatile long firstByte = -1;
        volatile boolean handling;
        volatile boolean bodyDone;

        State(InetAddress ip) {
            this.ip = ip;
        }
    }

    SlowClients(int perIp, RejectLog log) {
        this.perIp = perIp;
        this.log = log;
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection c) {
        InetAddress ip = address(c.getEndPoint().getRemoteSocketAddress());
        State s = new State(ip);
        s.bytesAtSince = Math.max(0, c.getBytesIn());
        states.put(c, s);
        if (ip != null && open.merge(ip, 1, Integer::sum) > perIp) close(c, "more than " + perIp + " connections from " + ip.getHostAddress());
    }

    @Override
    public void onClosed(Connection c) {
        State s = states.remove(c);
        if (s != null && s.ip != null) open.computeIfPresent(s.ip, (ip, n) -> n > 1 ? n - 1 : null);
    }

    /** Sees each request begin, read its body and end: wraps the app's handlers. */
    EventsHandler events() {
        return new EventsHandler() {
            @Override
            protected void onBeforeHandling(Request request) {
                State s = states.get(request.getConnectionMetaData().getConnection());
                if (s == null) return;
                s.handling = true;
                s.bodyDone = !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)
                        && request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) <= 0;
                s.since = s.firstByte > 0 ? s.firstByte : System.nanoTime();
            }

            @Override
            protected void onRequestRead(Request request, Content.Chunk chunk) {
                if (chunk != null && chunk.isLast()) {
                    State s = states.get(request.getConnectionMetaData().getConnection());
                    if (s != null) s.bodyDone = true;
                }
            }

            @Override
            protected void onComplete(Request request, int status, org.eclipse.jetty.http.HttpFields headers, Throwable failure) {
                Connection c = request.getConnectionMetaData().getConnection();
                State s = states.get(c);
                if (s == null) return;
                s.handling = false;
                s.firstByte = -1;
                s.bytesAtSince = Math.max(0, c.getBytesIn());
                s.since = System.nanoTime();
            }
        };
    }

    private void sweep() {
        long now = System.nanoTime();
        states.forEach((c, s) -> {
            if (!s.handling) {
                // waiting for a request: the clock starts at its first byte (an idle keep-alive is the idle timeout's)
                if (s.firstByte < 0) {
                    if (c.getBytesIn() > s.bytesAtSince) s.firstByte = now;
                } else if (now - s.firstByte > HEADER_DEADLINE.toNanos()) {
                    close(c, "request headers not complete within " + HEADER_DEADLINE.toSeconds() + " s of their first byte");
                }
            } else if (!s.bodyDone && now - s.since > BODY_GRACE.toNanos()) {
                long bytes = c.getBytesIn() - s.bytesAtSince;
                if (bytes * 1_000_000_000L / (now - s.since) < Bodies.MIN_RATE) {
                    close(c, "request body slower than " + Bodies.MIN_RATE + " bytes a second");
                }
            }
        });
    }

    private void close(Connection c, String why) {
        log.rejected("connection", "closed: " + why);
        c.getEndPoint().close();
    }

    private static InetAddress address(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i.getAddress() : null;
    }
}
