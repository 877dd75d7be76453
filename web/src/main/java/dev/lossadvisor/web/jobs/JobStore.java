package dev.lossadvisor.web.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.confirm.ConfirmReport;
import dev.lossadvisor.engine.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Confirm jobs kept in SQLite (DIR/jobs.db), so that finished results survive a restart and a job cut off by a crash
 * says so. SQLite rather than H2: one file that commits atomically and survives kill -9 (write-ahead log), a format
 * stable for decades, and a database anyone can open with the sqlite3 tool. A job is saved when its state changes;
 * per-epoch progress lives in memory only, since a job cut off mid-training starts again anyway.
 */
public final class JobStore implements AutoCloseable {
    /** What an unfinished job says after the server that ran it stopped. */
    static final String INTERRUPTED = "interrupted by a restart: run it again";

    private final Connection db;
    private final DataLock lock;
    private final ObjectMapper json = new ObjectMapper();

    private JobStore(Connection db, DataLock lock) {
        this.db = db;
        this.lock = lock;
    }

    /**
     * Opens (or creates) DIR/jobs.db and marks the jobs a previous server left unfinished as interrupted. The directory is
     * locked for as long as the store is open: a second server on it would mark this one's running jobs interrupted.
     *
     * @throws DataLock.InUse when another server holds the directory
     */
    public static JobStore open(Path dir) {
        DataLock lock = null;
        try {
            Files.createDirectories(dir);
            lock = DataLock.acquire(dir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("jobs.db").toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, state TEXT NOT NULL, task TEXT NOT NULL, seeds INTEGER NOT NULL,"
                        + " done_epochs INTEGER NOT NULL, total_epochs INTEGER NOT NULL, report TEXT, error_problem TEXT, error_hint TEXT,"
                        + " created INTEGER NOT NULL, updated INTEGER NOT NULL)");
            }
            JobStore store = new JobStore(db, lock);
            store.interruptUnfinished();
            return store;
        } catch (IOException e) {
            if (lock != null) lock.close();
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            if (lock != null) lock.close();
            if (e instanceof DataLock.InUse inUse) throw inUse;
            throw new IllegalStateException("cannot open the job database in " + dir + ": " + e.getMessage(), e);
        }
    }

    synchronized void save(JobStatus s) {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO jobs (id, state, task, seeds, done_epochs, total_epochs, report, error_problem,"
                + " error_hint, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state,"
                + " done_epochs = excluded.done_epochs, report = excluded.report, error_problem = excluded.error_problem,"
                + " error_hint = excluded.error_hint, updated = excluded.updated")) {
            long now = System.currentTimeMillis();
            p.setString(1, s.id());
            p.setString(2, s.state().name());
            p.setString(3, s.task());
            p.setInt(4, s.seeds());
            p.setInt(5, s.doneEpochs());
            p.setInt(6, s.totalEpochs());
            p.setString(7, s.report() == null ? null : json.writeValueAsString(s.report()));
            p.setString(8, s.error() == null ? null : s.error().problem());
            p.setString(9, s.error() == null ? null : s.error().hint());
            p.setLong(10, now);
            p.setLong(11, now);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot save confirm job " + s.id() + ": " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot save confirm job " + s.id() + ": " + e.getMessage(), e);
        }
    }

    synchronized Optional<JobStatus> load(String id) {
        try (PreparedStatement p = db.prepareStatement("SELECT state, task, seeds, done_epochs, total_epochs, report, error_problem, error_hint"
                + " FROM jobs WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Optional.empty();
                String report = r.getString(6);
                String problem = r.getString(7);
                return Optional.of(new JobStatus(id, JobStatus.State.valueOf(r.getString(1)), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5),
                        null, 0, Double.NaN, report == null ? null : json.readValue(report, ConfirmReport.class),
                        problem == null ? null : new InputException("", problem, r.getString(8))));
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot load confirm job " + id + ": " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot load confirm job " + id + ": " + e.getMessage(), e);
        }
    }

    /** Marks queued and running jobs interrupted: at startup for the jobs a crash left, at shutdown for the server's own. */
    synchronized int interruptUnfinished() {
        try (PreparedStatement p = db.prepareStatement("UPDATE jobs SET state = ?, error_problem = ?, error_hint = ?, updated = ?"
                + " WHERE state IN ('QUEUED', 'RUNNING')")) {
            p.setString(1, JobStatus.State.INTERRUPTED.name());
            p.setString(2, INTERRUPTED);
            p.setString(3, "start the job again");
            p.setLong(4, System.currentTimeMillis());
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot update the job database: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing at shutdown: nothing left to save it for
        } finally {
            lock.close();
        }
    }
}
