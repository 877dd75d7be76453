package dev.lossadvisor.web;

/** A request body beyond {@link Limits#maxBodyBytes}: HTTP 413. */
public final class TooLarge extends RuntimeException {
    private final long limit;

    public TooLarge(long limit) {
        super("request body is larger than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public String hint() {
        return "send at most " + (limit >> 10) + " KB; a few thousand sample rows are enough";
    }
}
