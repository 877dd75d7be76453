package dev.lossadvisor.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.web.api.Api;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import dev.lossadvisor.web.jobs.StoreUnavailable;
import dev.lossadvisor.web.jobs.TooManyJobs;
import dev.lossadvisor.web.pages.Pages;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.EOFException;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Wires the web app: pages, REST API, static assets, limits and error mapping. Errors on /api/ are JSON
 * {error, path, hint}; elsewhere an HTML page. Bad input is 400 (not JSON), 413 (too large), 422 (a field is
 * wrong) or 429 (too many jobs); only a bug is a 500.
 */
public final class WebServer {
    /** Scripts, styles and images come from this server only; inline script never runs. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** How long a connection may send nothing before it is closed. */
    static final Duration IDLE = Duration.ofSeconds(10);
    static final int MAX_CONNECTIONS = 1000;
    /** Connections one address may hold: a client that reconnects as fast as it is cut cannot take the whole cap. */
    static final int MAX_CONNECTIONS_PER_IP = 64;
    /** How long a stopping server lets requests in flight finish. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** How long a connection of a stopping server may pause (Jetty's default, 1 s, cut uploads that paused briefly). */
    static final Duration SHUTDOWN_IDLE = Duration.ofSeconds(3);
    /** Threads beyond the connection cap: a request that holds a thread always has one, however many connections stall. */
    static final int MAX_THREADS = MAX_CONNECTIONS + 64;

    private WebServer() {}

    /** The app as served on loopback, refusing other sites and other host names. */
    public static Javalin create(LossAdvisor advisor, ConfirmJobs jobs, Limits limits) {
        return create(advisor, jobs, limits, CrossSite.LOOPBACK);
    }

    static Javalin create(LossAdvisor advisor, ConfirmJobs jobs, Limits limits, CrossSite crossSite) {
        RejectLog rejects = new RejectLog(System.err);
        Analyses analyses = new Analyses(limits.analysisTimeout(), Math.max(2, Runtime.getRuntime().availableProcessors()), rejects);
        Api api = new Api(advisor, jobs, limits, analyses);
        Pages pages = new Pages(advisor, jobs, limits, analyses);
        SlowClients slowClients = new SlowClients(MAX_CONNECTIONS_PER_IP, rejects);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // slow clients: a connection silent for IDLE is closed, a body slower than Bodies.MIN_RATE after its grace is
            // refused, headers must arrive within SlowClients.HEADER_DEADLINE of their first byte, one address holds at most
            // MAX_CONNECTIONS_PER_IP, and connections are capped below the worker threads, so stalled clients can never hold every thread.
            // (Jetty's own minRequestDataRate counts from before the first byte: it refused small bodies read a few ms late.)
            cfg.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
            cfg.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(IDLE.toMillis()));
            cfg.jetty.modifyServer(server -> {
                // Javalin adds its connector after this runs: configure connectors as the server starts
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        for (Connector c : server.getConnectors()) {
                            if (c instanceof AbstractConnector a) {
                                a.setIdleTimeout(IDLE.toMillis());
                                // a stopping server still reads bodies in flight that pause; idle keep-alive connections hold
                                // the stop this long too, so it stays short
                                a.setShutdownIdleTimeout(SHUTDOWN_IDLE.toMillis());
                                a.addBean(slowClients);
                            }
                        }
                    }
                });
                server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
                // on stop: refuse new connections, let requests in flight finish for up to STOP_GRACE (Javalin's handlers go inside)
                server.setStopTimeout(STOP_GRACE.toMillis());
                server.setErrorHandler(new ProtocolErrors());
                server.setHandler(new GracefulHandler(slowClients.events()));
            });
            cfg.jsonMapper(new JavalinJackson(JsonReport.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT), false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = limits.maxBodyBytes();
            cfg.jetty.multipartConfig.maxTotalRequestSize(limits.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(limits.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes())));
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "same-origin");
                crossSite.check(ctx);
                Bodies.checkDeclaredLength(ctx, limits.maxBodyBytes());
            });
            api.register(cfg.routes);
            pages.register(cfg.routes);
            cfg.routes.exception(InputException.class, (e, ctx) -> {
                // malformed uploads (a zip entry outside the project, a file that does not parse) can be repeated at will
                if (e.malformed()) rejects.rejected(ctx.method() + " " + ctx.path(), e.problem());
                error(ctx, Pages.status(e), e.problem(), e.path(), e.hint());
            });
            cfg.routes.exception(TooLarge.class, (e, ctx) -> error(ctx, 413, e.getMessage(), "", e.hint()));
            cfg.routes.exception(StoreUnavailable.class, (e, ctx) -> {
                rejects.rejected(ctx.method() + " " + ctx.path(), e.getMessage());
                ctx.header("Retry-After", String.valueOf(StoreUnavailable.RETRY_AFTER_SECONDS));
                error(ctx, 503, "the server cannot store confirm jobs right now", "", e.hint());
            });
            cfg.routes.exception(TooManyJobs.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                error(ctx, 429, e.getMessage(), "", e.hint());
            });
            // a client that hangs up or stalls mid-body: its problem, not a bug of ours
            cfg.routes.exception(UncheckedIOException.class, (e, ctx) ->
                    error(ctx, 400, "the request body could not be read: " + e.getCause().getMessage(), "", "send the request again"));
            cfg.routes.exception(Refused.class, (e, ctx) -> {
                if (e.logged()) rejects.rejected(ctx.method() + " " + ctx.path(), e.getMessage());
                error(ctx, e.status(), e.getMessage(), "", e.hint());
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), "", hintFor(e.getStatus())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                String unreadable = unreadableBody(e);
                if (unreadable != null) {
                    // a body Jetty cannot parse (a multipart without its boundary, a broken chunk): the client's fault
                    rejects.rejected(ctx.method() + " " + ctx.path(), unreadable);
                    error(ctx, 400, "the request body could not be read: " + unreadable, "", "send well-formed multipart/form-data, JSON or form data");
                    return;
                }
                // a bug, not bad input: log it with its trace, answer without one
                System.err.println("internal error on " + ctx.method() + " " + ctx.path());
                e.printStackTrace();
                error(ctx, 500, "internal error", "", "please report this with the request that caused it");
            });
        });
    }

    /** Why the request body could not be read, when that is what went wrong (searched along the causes), else null. */
    static String unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) return bad.getReason() == null ? "malformed request" : bad.getReason();
            if (t instanceof EOFException || t instanceof EofException) return "the body ended early";
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) return "unknown charset " + t.getMessage();
        }
        return null;
    }

    private static String hintFor(int status) {
        return switch (status) {
            case 405 -> "see /openapi.json for the methods each path takes";
            case 413 -> "send a smaller body";
            default -> "see /openapi.json";
        };
    }

    private static void error(Context ctx, int status, String problem, String path, String hint) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(JsonReport.error(problem, path, hint));
        } else {
            ctx.html(Pages.errorPage(status, problem, hint));
        }
    }
}
