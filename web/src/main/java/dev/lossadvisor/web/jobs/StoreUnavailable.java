package dev.lossadvisor.web.jobs;

/**
 * The job database cannot be written or read right now (a full disk, an I/O error): HTTP 503 with a retry hint. SQLite
 * rolls the failed statement back, so the store works again once space is back.
 */
public final class StoreUnavailable extends RuntimeException {
    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public String hint() {
        return "the server cannot store jobs right now (is its disk full?); retry in " + RETRY_AFTER_SECONDS + " s";
    }
}
