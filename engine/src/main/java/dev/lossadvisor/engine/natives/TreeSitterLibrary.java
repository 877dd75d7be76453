package dev.lossadvisor.engine.natives;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where tree-sitter's binding (io.github.bonede, {@code org.treesitter.utils.NativeUtils}) unpacks its native
 * libraries before loading them: {@code ~/.tree-sitter}, unless the system property {@value #PROPERTY} names another
 * directory. CI runners and containers often run without a writable home, and the first parser then fails with
 * {@code NoClassDefFoundError: TSParser}; {@link #prepare()} points the binding at a private temporary directory in that
 * case. Call it before the first parser is created (it is cheap and idempotent).
 */
public final class TreeSitterLibrary {
    /** The binding's own property for the unpack directory. */
    public static final String PROPERTY = "tree-sitter-lib";
    private static boolean prepared;

    private TreeSitterLibrary() {}

    /** Leaves a set property or a writable {@code ~/.tree-sitter} alone; otherwise unpacks into a fresh temporary directory, removed at exit. */
    public static synchronized void prepare() {
        if (prepared) return;
        prepared = true;
        if (System.getProperty(PROPERTY) != null || writable(Path.of(System.getProperty("user.home", "/"), ".tree-sitter"))) return;
        try {
            // a fresh directory only this user can write: no other user can plant a library there
            Path dir = Files.createTempDirectory("loss-advisor-tree-sitter-");
            System.setProperty(PROPERTY, dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "tree-sitter-cleanup"));
        } catch (IOException | SecurityException e) {
            // no writable temporary directory either: the parser reports that it cannot load
        }
    }

    /** Whether files can be created there: tried, since access checks say yes to root on read-only mounts. */
    static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".probe", null));
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void delete(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(f); // a loaded library stays mapped after its file is gone
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
