package dev.lossadvisor.web.jobs;

import dev.lossadvisor.engine.input.ConfirmRequest;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.confirm.Confirmations;
import dev.lossadvisor.confirm.Progress;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.web.Limits;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Confirm runs as background jobs: at most {@link Limits#maxJobs} queued or running (more are refused, not
 * queued without end), trained one at a time by one worker, each stopped after {@link Limits#jobTimeout}.
 * Finished jobs stay readable until {@link Limits#keptJobs} newer ones push them out.
 */
public final class ConfirmJobs implements AutoCloseable {
    private final Confirmations confirmations;
    private final Limits limits;
    private final Semaphore slots;
    private final ExecutorService worker;
    private final Map<String, AtomicReference<JobStatus>> jobs = new LinkedHashMap<>();
    private final JobStore store;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean closed;

    /** @param store where jobs are kept across restarts; this queue closes it */
    public ConfirmJobs(LossAdvisor advisor, Limits limits, JobStore store) {
        this.store = store;
        this.confirmations = new Confirmations(advisor);
        this.limits = limits;
        this.slots = new Semaphore(limits.maxJobs());
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "confirm-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a confirm run.
     *
     * @throws InputException for a request confirm cannot run (checked now, not after the wait)
     * @throws TooManyJobs    when every slot is taken
     * @throws StoreUnavailable when the job cannot be stored (a full disk): the slot is free again
     */
    public JobStatus submit(ConfirmRequest request) {
        var plan = confirmations.plan(request);
        if (!slots.tryAcquire()) throw new TooManyJobs(limits.maxJobs(), Math.max(1, limits.jobTimeout().toSeconds() / 4));
        String id = HexFormat.of().formatHex(bytes());
        AtomicReference<JobStatus> job = new AtomicReference<>(JobStatus.queued(id, plan.task(), request.seeds(), plan.totalEpochs()));
        try {
            store.save(job.get());
            remember(id, job);
            worker.execute(() -> run(job, request));
        } catch (RuntimeException e) {
            forget(id);
            slots.release();
            throw e;
        }
        return job.get();
    }

    /** A job's status: live from memory while this server knows it, else as the store kept it. */
    public Optional<JobStatus> status(String id) {
        synchronized (jobs) {
            AtomicReference<JobStatus> job = jobs.get(id);
            if (job != null) return Optional.of(job.get());
        }
        return store.load(id);
    }

    /** Jobs known: queued, running, or finished and still kept. */
    public int size() {
        synchronized (jobs) {
            return jobs.size();
        }
    }

    private byte[] bytes() {
        byte[] b = new byte[9];
        random.nextBytes(b);
        return b;
    }

    private void remember(String id, AtomicReference<JobStatus> job) {
        synchronized (jobs) {
            jobs.put(id, job);
            int excess = jobs.size() - limits.keptJobs();
            for (Iterator<AtomicReference<JobStatus>> it = jobs.values().iterator(); excess > 0 && it.hasNext(); ) {
                if (it.next().get().state().finished()) {
                    it.remove();
                    excess--;
                }
            }
        }
    }

    private void forget(String id) {
        synchronized (jobs) {
            jobs.remove(id);
        }
    }

    /** Saves a job's new state; when the store fails meanwhile the state lives on in memory (and a restart says interrupted). */
    private void keep(JobStatus s) {
        try {
            store.save(s);
        } catch (StoreUnavailable e) {
            System.err.println("confirm job " + s.id() + " is " + s.state().id() + " but not stored: " + e.getMessage());
        }
    }

    private void run(AtomicReference<JobStatus> job, ConfirmRequest request) {
        long deadline = System.nanoTime() + limits.jobTimeout().toNanos();
        // the engine calls back after every epoch: the job's chance to report progress and to stop
        Progress progress = (candidate, seed, epoch, epochs, loss) -> {
            if (closed) throw new Stopped(JobStatus.State.INTERRUPTED, JobStore.INTERRUPTED);
            if (System.nanoTime() > deadline) {
                throw new Stopped(JobStatus.State.TIMED_OUT, "training took longer than " + limits.jobTimeout().toSeconds() + " s");
            }
            job.updateAndGet(s -> s.progress(candidate.label(), seed, loss));
        };
        try {
            keep(job.updateAndGet(JobStatus::running));
            var report = confirmations.confirm(request, progress);
            keep(job.updateAndGet(s -> s.done(report)));
        } catch (Stopped e) {
            keep(job.updateAndGet(s -> s.failed(e.state, new InputException("", e.getMessage(), e.state == JobStatus.State.TIMED_OUT
                    ? "use fewer seeds, or ask the operator for a longer --job-timeout" : "start the job again"))));
        } catch (InputException e) {
            keep(job.updateAndGet(s -> s.failed(JobStatus.State.FAILED, e)));
        } catch (RuntimeException e) {
            keep(job.updateAndGet(s -> s.failed(JobStatus.State.FAILED, new InputException("", "training failed: " + e,
                    "please report this with the request that caused it"))));
        } finally {
            slots.release();
        }
    }

    /** Thrown from the progress callback to end a run early. */
    private static final class Stopped extends RuntimeException {
        final JobStatus.State state;

        Stopped(JobStatus.State state, String message) {
            super(message, null, false, false);
            this.state = state;
        }
    }

    /** Stops training: a running job ends as interrupted (it says so after a restart), and so do the queued ones. */
    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.interruptUnfinished();
        } catch (StoreUnavailable e) {
            System.err.println("cannot mark unfinished confirm jobs interrupted: " + e.getMessage() + " (the next start does)");
        } finally {
            store.close();
        }
    }
}
