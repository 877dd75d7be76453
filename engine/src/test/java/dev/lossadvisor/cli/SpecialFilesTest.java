package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are no files: a FIFO, a device linked under a .py name, a socket. A search skips and counts them, naming
 * one is an error in one line; none is ever opened (a FIFO would block forever, /dev/zero read without end).
 */
class SpecialFilesTest {
    private static final String TRAIN = "import torch.nn as nn\nmodel = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))\n"
            + "criterion = nn.CrossEntropyLoss()\nloss = criterion(model(x), y)\n";

    @TempDir
    Path dir;

    private static boolean mkfifo(Path p) throws Exception {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
            return mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0;
        } catch (java.io.IOException noMkfifo) {
            return false;
        }
    }

    @Test
    void aSearchSkipsAndCountsFifosDevicesAndSockets() throws Exception {
        assumeTrue(mkfifo(dir.resolve("pipe.py")), "mkfifo is not available");
        Files.createSymbolicLink(dir.resolve("zero.py"), Path.of("/dev/zero"));
        Files.createSymbolicLink(dir.resolve("libgone.so"), dir.resolve("nothing-there.so"));
        Files.writeString(dir.resolve("train.py"), TRAIN);
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(dir.resolve("agent.sock")));
            CliTest.Run r = CliTest.run("lint", "--format", "json", dir.toString());
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertEquals(1, r.code(), r.out() + r.err());
            assertEquals(4, json.get("summary").get("skipped").asInt(), r.out());
            assertEquals(1, json.get("summary").get("linted").asInt(), r.out());
            assertTrue(r.out().contains("a FIFO (named pipe)") && r.out().contains("a link to a character device") && r.out().contains("a socket")
                    && r.out().contains("a broken link"), r.out());
        }
    }

    @Test
    void aNamedFifoOrDeviceIsOneLineAndExitTwo() throws Exception {
        assumeTrue(mkfifo(dir.resolve("fifo.py")), "mkfifo is not available");
        Files.createSymbolicLink(dir.resolve("zero.py"), Path.of("/dev/zero"));
        for (String name : List.of("fifo.py", "zero.py")) {
            CliTest.Run r = CliTest.run("lint", dir.resolve(name).toString());
            assertEquals(2, r.code(), r.out() + r.err());
            assertEquals(1, r.out().lines().filter(l -> l.strip().startsWith("error")).count(), r.out());
            assertTrue(r.out().contains(name.equals("fifo.py") ? "is a FIFO (named pipe), not a file" : "is a character device, not a file"), r.out());
            assertFalse(r.out().contains("linted;"), "never 'linted': " + r.out());
        }
    }

    /** The tree-sitter natives unpack under ~/.tree-sitter; without a writable home they go to a temporary directory. */
    @Test
    void pythonIsParsedWithoutAWritableHome() throws Exception {
        Path train = dir.resolve("train.py");
        Files.writeString(train, TRAIN);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.home=/proc/no-home",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lint", train.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("probabilities-to-logits-loss"), out);
        assertFalse(out.contains("NoClassDefFoundError"), out);
    }
}
