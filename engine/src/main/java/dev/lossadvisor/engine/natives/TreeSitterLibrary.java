package dev.lossadvisor.engine.natives;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Where tree-sitter's binding (io.github.bonede, {@code org.treesitter.utils.NativeUtils}) unpacks its native
 * libraries before loading them: {@code ~/.tree-sitter}, unless the system property {@value #PROPERTY} names another
 * directory. CI runners and containers often run without a writable home, and the first parser then fails with
 * {@code NoClassDefFoundError: TSParser}; {@link #prepare()} points the binding at a private temporary directory in that
 * case. Call it before the first parser is created (it is cheap and idempotent).
 *
 * <p>On x86_64 Linux the jar carries its own optimised builds of the binding's libraries ({@code src/main/native}), which
 * go to a folder of {@code ~/.tree-sitter} named by their checksums: the binding rewrites a library in place when its
 * file differs from the one it carries, which would pull it from under another process (another build, another tool)
 * that has the binding's own build loaded from the same path.
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
        if (System.getProperty(PROPERTY) != null) return;
        Path home = Path.of(System.getProperty("user.home", "/"), ".tree-sitter");
        String own = own();
        if (own == null && writable(home)) return;
        if (own != null && writable(home.resolve(own))) {
            System.setProperty(PROPERTY, home.resolve(own).toString());
            return;
        }
        try {
            // a fresh directory only this user can write: no other user can plant a library there
            Path dir = Files.createTempDirectory("loss-advisor-tree-sitter-");
            System.setProperty(PROPERTY, dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "tree-sitter-cleanup"));
        } catch (IOException | SecurityException e) {
            // no writable temporary directory either: the parser reports that it cannot load
        }
    }

    /** The folder name for the libraries this jar carries on this platform ({@code x86_64-linux-gnu}), or null elsewhere. */
    private static String own() {
        String arch = System.getProperty("os.arch", "");
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) return null;
        try {
            return "x86_64-linux-gnu-" + Long.toHexString(checksum("lib/x86_64-linux-gnu-tree-sitter.so")) + "-"
                    + Long.toHexString(checksum("lib/x86_64-linux-gnu-tree-sitter-python.so"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A resource's CRC-32: from the jar's directory when it is in a jar (nothing inflated), else from its bytes. */
    private static long checksum(String resource) throws IOException {
        URL url = TreeSitterLibrary.class.getClassLoader().getResource(resource);
        if (url == null) throw new IOException(resource + " not found");
        URLConnection c = url.openConnection();
        if (c instanceof JarURLConnection jar) return jar.getJarEntry().getCrc();
        try (InputStream in = c.getInputStream()) {
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return crc.getValue();
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
