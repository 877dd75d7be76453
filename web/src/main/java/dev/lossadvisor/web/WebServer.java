package dev.lossadvisor.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.web.api.Api;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import dev.lossadvisor.web.jobs.TooManyJobs;
import dev.lossadvisor.web.pages.Pages;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.UncheckedIOException;

/**
 * Wires the web app: pages, REST API, static assets, limits and error mapping. Errors on /api/ are JSON
 * {error, path, hint}; elsewhere an HTML page. Bad input is 400 (not JSON), 413 (too large), 422 (a field is
 * wrong) or 429 (too many jobs); only a bug is a 500.
 */
public final class WebServer {
    /** Scripts, styles and images come from this server only; inline script never runs. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private WebServer() {}

    public static Javalin create(LossAdvisor advisor, ConfirmJobs jobs, Limits limits) {
        Api api = new Api(advisor, jobs, limits);
        Pages pages = new Pages(advisor, jobs, limits);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(JsonReport.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT), false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = limits.maxBodyBytes();
            cfg.jetty.multipartConfig.maxTotalRequestSize(limits.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(limits.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes())));
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
                Bodies.checkDeclaredLength(ctx, limits.maxBodyBytes());
            });
            api.register(cfg.routes);
            pages.register(cfg.routes);
            cfg.routes.exception(InputException.class, (e, ctx) ->
                    error(ctx, Pages.status(e), e.problem(), e.path(), e.hint()));
            cfg.routes.exception(TooLarge.class, (e, ctx) -> error(ctx, 413, e.getMessage(), "", e.hint()));
            cfg.routes.exception(TooManyJobs.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                error(ctx, 429, e.getMessage(), "", e.hint());
            });
            // a client that hangs up or stalls mid-body: its problem, not a bug of ours
            cfg.routes.exception(UncheckedIOException.class, (e, ctx) ->
                    error(ctx, 400, "the request body could not be read: " + e.getCause().getMessage(), "", "send the request again"));
            cfg.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage(), "", e.hint()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), "", hintFor(e.getStatus())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // a bug, not bad input: log it with its trace, answer without one
                System.err.println("internal error on " + ctx.method() + " " + ctx.path());
                e.printStackTrace();
                error(ctx, 500, "internal error", "", "please report this with the request that caused it");
            });
        });
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
