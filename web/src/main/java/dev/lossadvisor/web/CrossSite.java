package dev.lossadvisor.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other sites from using a browser as a proxy into this server. A state-changing request (anything but GET,
 * HEAD and OPTIONS) whose Sec-Fetch-Site, Origin or Referer names another site is refused, so a page elsewhere cannot
 * start training jobs or post forms here; requests without those headers (curl, scripts, CI) pass. While the server
 * listens on loopback only, the Host header must name loopback too: a DNS-rebound name is refused on every request.
 *
 * @param loopback       the server listens on a loopback address only
 * @param allowedOrigins origins (scheme://host[:port]) deliberately allowed to post here, from --allowed-origin
 */
record CrossSite(boolean loopback, Set<String> allowedOrigins) {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    static final CrossSite LOOPBACK = new CrossSite(true, Set.of());

    /** @throws Refused when the request comes from another site, or names a host this loopback server is not */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopback && host != null && !LOOPBACK_NAMES.contains(hostName(host))) {
            throw Refused.forbidden("this server listens on loopback and does not serve the host name '" + host + "'",
                    "open it as http://127.0.0.1:PORT/ or http://localhost:PORT/");
        }
        if (SAFE_METHODS.contains(ctx.method().name())) return;
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) origin = originOf(ctx.header("Referer"));
        if (origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) return;
        // browsers say where a request comes from in Sec-Fetch-Site; older ones only in Origin or Referer
        String fetchSite = ctx.header("Sec-Fetch-Site");
        boolean sameOrigin = fetchSite != null ? fetchSite.equals("same-origin") || fetchSite.equals("none")
                : origin == null || host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
        if (!sameOrigin) {
            throw Refused.forbidden("cross-site request refused (from " + (origin == null ? "another site" : origin) + ")",
                    "post from this server's own pages, or start the server with --allowed-origin ORIGIN");
        }
    }

    /** "127.0.0.1:7070" → "127.0.0.1", "[::1]:7070" → "[::1]". */
    private static String hostName(String host) {
        String h = host.toLowerCase(Locale.ROOT).strip();
        if (h.startsWith("[")) return h.substring(0, h.indexOf(']') + 1);
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** The origin (scheme://host[:port]) of a Referer URL, or null when there is none or it is not a URL. */
    private static String originOf(String referer) {
        if (referer == null || referer.isBlank()) return null;
        try {
            URI u = URI.create(referer.strip());
            if (u.getScheme() == null || u.getRawAuthority() == null) return "null";
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }
}
