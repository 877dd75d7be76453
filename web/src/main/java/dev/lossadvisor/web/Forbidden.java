package dev.lossadvisor.web;

/** A request this server refuses to act on for another site, or for a host name it does not serve: HTTP 403. */
public final class Forbidden extends RuntimeException {
    private final String hint;

    public Forbidden(String why, String hint) {
        super(why, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
