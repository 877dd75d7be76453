package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and crafted model files, each linted by the real CLI in its own JVM with the launcher's flags: exit 2,
 * one line naming the problem, no stack trace, and a peak resident set under 256 MB (measured by GNU time).
 */
class CraftedFilesTest {
    static final long MAX_RSS_KB = 256 * 1024;
    static final Path CHURN_H5 = Path.of(System.getProperty("real.models.dir", "../../shared/real-models/keras")).resolve("churn-404.h5");

    @TempDir
    static Path dir;

    record Outcome(int code, String out, String err, long maxRssKb) {}

    @BeforeAll
    static void needsGnuTime() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")) || System.getenv("CI") != null, "GNU time is not installed (apt-get install time)");
    }

    static Outcome lint(Path file) throws IOException, InterruptedException {
        Path rss = dir.resolve("rss-" + file.getFileName());
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.lossadvisor.cli.Main", "lint", file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "lint did not finish");
        List<String> lines = Files.readAllLines(rss);
        long kb = Long.parseLong(lines.get(lines.size() - 1).strip());
        System.out.printf("[crafted] %s (%d KB): exit %d, peak RSS %d MB%n", file.getFileName(), Files.size(file) >> 10, p.exitValue(), kb >> 10);
        return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8), kb);
    }

    static void assertRejectedInOneLine(Path file, String problem) throws Exception {
        Outcome o = lint(file);
        String all = o.out() + o.err();
        assertEquals(2, o.code(), all);
        assertTrue(all.contains(problem), all);
        assertFalse(all.contains("Exception") || all.contains("\tat "), all);
        long errorLines = all.lines().filter(l -> l.strip().startsWith("error")).count();
        assertEquals(1, errorLines, all);
        assertTrue(o.maxRssKb() < MAX_RSS_KB, file.getFileName() + " peaked at " + o.maxRssKb() / 1024 + " MB");
    }

    @Test
    void truncatedHdf5() throws Exception {
        assumeTrue(Files.isRegularFile(CHURN_H5));
        Path f = dir.resolve("truncated.h5");
        Files.write(f, Arrays.copyOf(Files.readAllBytes(CHURN_H5), 4096));
        assertRejectedInOneLine(f, "unreadable HDF5 file");
    }

    @Test
    void hdf5WithGarbageAttributes() throws Exception {
        assumeTrue(Files.isRegularFile(CHURN_H5));
        byte[] bytes = Files.readAllBytes(CHURN_H5);
        int config = indexOf(bytes, "{\"class_name\": \"Sequential\"".getBytes(StandardCharsets.US_ASCII));
        assertTrue(config > 0);
        Random random = new Random(7);
        for (int i = config; i < config + 2000; i++) bytes[i] = (byte) (33 + random.nextInt(90)); // the model_config text, garbled
        Path f = dir.resolve("garbage-attributes.h5");
        Files.write(f, bytes);
        assertRejectedInOneLine(f, "malformed Keras model JSON");
    }

    @Test
    void hdf5WithGarbledObjectHeaders() throws Exception {
        assumeTrue(Files.isRegularFile(CHURN_H5));
        byte[] bytes = Files.readAllBytes(CHURN_H5);
        Random random = new Random(11);
        for (int i = 96; i < 2048; i++) bytes[i] = (byte) random.nextInt(256); // the root group's headers and attribute messages
        Path f = dir.resolve("garbled-headers.h5");
        Files.write(f, bytes);
        Outcome o = lint(f);
        assertEquals(2, o.code(), o.out() + o.err());
        assertFalse((o.out() + o.err()).contains("Exception"), o.out() + o.err());
        assertTrue(o.maxRssKb() < MAX_RSS_KB, "peaked at " + o.maxRssKb() / 1024 + " MB");
    }

    @Test
    void randomBytesNamedH5() throws Exception {
        byte[] bytes = new byte[100_000];
        new Random(3).nextBytes(bytes);
        bytes[0] = 0x42; // not by chance a pickle or a zip
        Path f = dir.resolve("random.h5");
        Files.write(f, bytes);
        assertRejectedInOneLine(f, "not a model file");
    }

    /**
     * A .keras archive whose config.json claims 100 bytes but inflates to 2 GB: reading stops at what was really
     * inflated, not what the header says.
     */
    @Test
    void zipWhoseHeadersUnderstateAnEntrysSize() throws Exception {
        Path numbers = dir.resolve("bomb.keras");
        writeUnderstatedZip(numbers, "0,", 2L << 30, 100); // every byte pair a tree node: the token cap stops it
        assertTrue(Files.size(numbers) < 4 << 20, "the crafted file is small: " + Files.size(numbers));
        assertRejectedInOneLine(numbers, "beyond a reading limit");
        Path blanks = dir.resolve("blank-bomb.keras");
        writeUnderstatedZip(blanks, " ", 2L << 30, 100); // no tokens at all: the count of inflated bytes stops it
        assertRejectedInOneLine(blanks, "larger than 8 MB");
    }

    /** config.json of {@code realSize} bytes of {@code filler} repeated, its local and central headers claiming {@code claimedSize}. */
    static void writeUnderstatedZip(Path file, String filler, long realSize, int claimedSize) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("config.json"));
            byte[] chunk = filler.repeat((1 << 20) / filler.length()).getBytes(StandardCharsets.US_ASCII);

            zip.write("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < realSize; written += chunk.length) zip.write(chunk);
            zip.closeEntry();
        }
        ByteBuffer b = ByteBuffer.wrap(zipped.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= b.limit(); i++) {
            int sig = b.getInt(i);
            if (sig == 0x04034b50 && b.getShort(i + 6) == 0) b.putInt(i + 22, claimedSize); // local header, sizes stated in it
            if (sig == 0x08074b50) b.putInt(i + 12, claimedSize); // data descriptor
            if (sig == 0x02014b50) b.putInt(i + 24, claimedSize); // central directory
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(b.array(), 0, b.limit());
        }
    }

    static int indexOf(byte[] b, byte[] sub) {
        outer:
        for (int i = 0; i <= b.length - sub.length; i++) {
            for (int k = 0; k < sub.length; k++) if (b[i + k] != sub[k]) continue outer;
            return i;
        }
        return -1;
    }
}
