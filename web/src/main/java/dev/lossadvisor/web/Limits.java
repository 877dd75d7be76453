package dev.lossadvisor.web;

import java.time.Duration;

/**
 * What one server accepts: a request body cap, how many confirm jobs may be queued or running at once, how
 * long one may train, how many finished jobs are kept for their pages, and how long one upload's analysis may take. Jobs train one at a time (the
 * engine allows one training per JVM).
 */
public record Limits(long maxBodyBytes, int maxJobs, Duration jobTimeout, int keptJobs, Duration analysisTimeout) {
    /** How long reading and analysing one upload may take by default, queueing included. */
    public static final Duration ANALYSIS_TIMEOUT = Duration.ofSeconds(10);
    /** 4 MB holds a description with ~200k sample values; one job training and one waiting suit a 2-core machine. */
    public static final Limits DEFAULT = new Limits(4L << 20, 2, Duration.ofMinutes(2), 50);

    public Limits {
        if (maxBodyBytes < 1024 || maxJobs < 1 || keptJobs < 1 || jobTimeout.isNegative() || jobTimeout.isZero()
                || analysisTimeout.isNegative() || analysisTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive (body at least 1 KB): " + this);
        }
    }

    public Limits(long maxBodyBytes, int maxJobs, Duration jobTimeout, int keptJobs) {
        this(maxBodyBytes, maxJobs, jobTimeout, keptJobs, ANALYSIS_TIMEOUT);
    }
}
