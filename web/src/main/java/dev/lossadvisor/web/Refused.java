package dev.lossadvisor.web;

/**
 * A request refused for a reason of the client's, with the HTTP status, what is wrong and what to do. Refusals a
 * hostile or broken client can repeat at will are logged, rate-limited; a missing page is not.
 */
public final class Refused extends RuntimeException {
    private final int status;
    private final String hint;
    private final boolean logged;

    private Refused(int status, String what, String hint, boolean logged) {
        super(what, null, false, false);
        this.status = status;
        this.hint = hint;
        this.logged = logged;
    }

    /** A job or rule that does not exist (or no longer): HTTP 404. */
    public static Refused notFound(String what, String hint) {
        return new Refused(404, what, hint, false);
    }

    /** A request this server will not act on for another site, or for a host name it does not serve: HTTP 403. */
    public static Refused forbidden(String why, String hint) {
        return new Refused(403, why, hint, true);
    }

    /** The client hung up while its upload was analysed: the analysis is stopped, and the answer goes nowhere. */
    public static Refused clientGone() {
        return new Refused(400, "the client closed the connection before the answer", "keep the connection open until the answer", true);
    }

    /** A request body that arrives slower than the server accepts: HTTP 408. */
    public static Refused tooSlow(long minRate) {
        return new Refused(408, "the request body arrived slower than " + minRate + " bytes a second", "send the body at once, on a faster connection", true);
    }

    public int status() {
        return status;
    }

    public String hint() {
        return hint;
    }

    public boolean logged() {
        return logged;
    }
}
