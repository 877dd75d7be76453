package dev.lossadvisor.engine.capture;

import dev.lossadvisor.engine.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The Python package the jar ships for capture: a sitecustomize and the hooks it installs, unpacked for PYTHONPATH. */
public final class CaptureHooks implements AutoCloseable {
    private static final String RESOURCES = "/dev/lossadvisor/engine/capture/python/";
    static final List<String> FILES = List.of("sitecustomize.py", "loss_advisor_capture/__init__.py", "loss_advisor_capture/_store.py",
            "loss_advisor_capture/_torch.py", "loss_advisor_capture/_keras.py");

    private final Path dir;

    private CaptureHooks(Path dir) {
        this.dir = dir;
    }

    /** Unpacks the package into a fresh temporary directory, removed again by {@link #close()}. */
    public static CaptureHooks unpack() {
        try {
            Path dir = Files.createTempDirectory("loss-advisor-capture");
            for (String name : FILES) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = CaptureHooks.class.getResourceAsStream(RESOURCES + name)) {
                    if (in == null) throw new IllegalStateException("capture hook " + name + " missing from the jar");
                    Files.copy(in, target);
                }
            }
            return new CaptureHooks(dir);
        } catch (IOException e) {
            throw new InputException("", "cannot unpack the capture hooks into the temporary directory: " + e.getMessage(),
                    "set TMPDIR to a writable directory");
        }
    }

    /** The directory to put first on PYTHONPATH. */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
