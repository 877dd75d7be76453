package dev.lossadvisor.web;

/** A job or rule that does not exist (or no longer): HTTP 404. */
public final class NotFound extends RuntimeException {
    private final String hint;

    public NotFound(String what, String hint) {
        super(what, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
