package dev.lossadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FIFOs, devices and sockets (also behind a link): opening one blocks forever or reads without end, so the lint
 * never reads them. A search skips and counts them; a named one is an error.
 */
final class SpecialFiles {
    private SpecialFiles() {}

    /** What the path is when it is a special file (following links), else null (a regular file, a directory, or nothing there). */
    static String kind(Path p) {
        if (Files.isRegularFile(p) || Files.isDirectory(p) || !Files.exists(p)) return null;
        int mode;
        try {
            mode = (Integer) Files.getAttribute(p, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file (no regular file)";
        }
        return switch (mode & 0170000) {
            case 0010000 -> "a FIFO (named pipe)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "a special file (no regular file)";
        };
    }
}
