package dev.lossadvisor.web.jobs;

/** Every confirm slot is taken: HTTP 429, try again after {@link #retryAfterSeconds()}. */
public final class TooManyJobs extends RuntimeException {
    private final int max;
    private final long retryAfterSeconds;

    TooManyJobs(int max, long retryAfterSeconds) {
        super(max + " confirm jobs are already queued or running", null, false, false);
        this.max = max;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String hint() {
        return "this server trains at most " + max + " jobs at once; retry in " + retryAfterSeconds + " s";
    }
}
