package dev.lossadvisor.web;

/** A request body that arrives slower than the server accepts: HTTP 408. */
public final class TooSlow extends RuntimeException {
    public TooSlow(long minRate) {
        super("the request body arrived slower than " + minRate + " bytes a second", null, false, false);
    }

    public String hint() {
        return "send the body at once, on a faster connection";
    }
}
