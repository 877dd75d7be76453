package dev.lossadvisor.engine.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.input.InputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the user's command with the capture hooks on PYTHONPATH, its standard streams the user's own, and says how it
 * ended: its exit status, whether the hooks stopped it once every loss call site had its batches, and hook failures.
 */
public final class CaptureRun {
    /** How the user's program ended. */
    public record Outcome(int exitCode, boolean stopped, List<String> hookErrors) {
        /** True when the program ran to its end or was stopped by the hooks, which exit 0. */
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** What to capture: batches per call site, rows kept, and whether to stop the program then. */
    public record Settings(int batches, int rows, boolean stop) {
        public Settings {
            if (batches < 1) throw new InputException("--batches", "must be at least 1, got " + batches, "capture at least one batch");
            if (rows < 1) throw new InputException("--rows", "must be at least 1, got " + rows, "keep at least one row");
        }
    }

    private CaptureRun() {}

    /**
     * Runs {@code command} in {@code directory} (null: the current one) and waits for it; the captured descriptions
     * land in {@code out}, with the places in them relative to that directory.
     */
    public static Outcome run(List<String> command, Path directory, Path out, Settings settings) {
        clear(out);
        try (CaptureHooks hooks = CaptureHooks.unpack()) {
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            if (directory != null) {
                if (!Files.isDirectory(directory)) throw new InputException("--directory", directory + " is no directory", "name the directory to run the command in");
                pb.directory(directory.toFile());
            }
            Map<String, String> env = pb.environment();
            String old = env.get("PYTHONPATH");
            env.put("PYTHONPATH", hooks.dir() + (old == null || old.isEmpty() ? "" : File.pathSeparator + old));
            env.put("LOSS_ADVISOR_CAPTURE_DIR", out.toAbsolutePath().toString());
            env.put("LOSS_ADVISOR_CAPTURE_BATCHES", Integer.toString(settings.batches()));
            env.put("LOSS_ADVISOR_CAPTURE_ROWS", Integer.toString(settings.rows()));
            env.put("LOSS_ADVISOR_CAPTURE_THEN", settings.stop() ? "stop" : "continue");
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                String why = e.getMessage().contains("error=2") ? "no such program" : e.getMessage();
                throw new InputException(command.get(0), "cannot run it: " + why, "check the command after --, e.g. -- python3 train.py");
            }
            int code = waitFor(p);
            return runs(out, code);
        }
    }

    private static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // the user's program decides when it ends (Ctrl+C reaches it too)
            }
        }
    }

    /** Removes what an earlier capture wrote into the directory (its descriptions and run records), nothing else. */
    private static void clear(Path out) {
        if (!Files.isDirectory(out)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(out)) {
            for (Path f : files) if (CapturedReader.isCaptureFile(f) || isRunRecord(f)) Files.delete(f);
        } catch (IOException e) {
            throw new InputException("", "cannot clear " + out + ": " + e.getMessage(), "choose another --out directory");
        }
    }

    static boolean isRunRecord(Path f) {
        String n = f.getFileName().toString();
        return n.startsWith(".run-") && n.endsWith(".json");
    }

    private static Outcome runs(Path out, int code) {
        boolean stopped = false;
        List<String> errors = new ArrayList<>();
        if (Files.isDirectory(out)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(out)) {
                ObjectMapper json = new ObjectMapper();
                for (Path f : files) {
                    if (!isRunRecord(f)) continue;
                    JsonNode run = json.readTree(f.toFile());
                    stopped |= run.path("stopped").asBoolean(false);
                    run.path("errors").forEach(e -> errors.add(e.asText()));
                }
            } catch (IOException e) {
                errors.add("reading the run records in " + out + ": " + e.getMessage());
            }
        }
        return new Outcome(code, stopped, List.copyOf(errors));
    }
}
