package dev.lossadvisor.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Python inputs built from the corpus of real-looking projects (engine/src/test/resources/python-projects): scripts,
 * notebooks (.ipynb JSON, one code cell per file) and zipped projects, each also mutated the ways editors, tools and
 * attackers damage them (bytes overwritten, cut, repeated; brackets, backslashes, tabs, CRs, NULs, non-ASCII inserted).
 */
final class PythonInputs {
    static final Path CORPUS = Path.of(System.getProperty("python.projects", "../engine/src/test/resources/python-projects"));
    private static final byte[][] INSERTS = Stream.of("(", "[", "{", "\\", "'''", "\"", "\t", "\r", "\u0000", "é", "日本", "😀", "lambda: ", "`",
            "<>", "\uFEFF", "    ", "\n", "def f(", "class C:", "import torch.nn as nn\n", "nn.CrossEntropyLoss()(x, y)\n")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    /** One input: its name (its extension tells the kind) and its bytes. */
    record Input(String name, byte[] bytes) {}

    private final List<Map<String, byte[]>> projects = new ArrayList<>();

    PythonInputs() {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.sorted().toList()) {
                Map<String, byte[]> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path f : walk.filter(p -> p.toString().endsWith(".py")).toList()) files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
                }
                if (!files.isEmpty()) projects.add(files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The i-th input of a seeded sequence: a third each scripts, notebooks and zipped projects, most of them mutated. */
    Input next(Random r, int i) {
        Map<String, byte[]> project = projects.get(r.nextInt(projects.size()));
        List<Map.Entry<String, byte[]>> files = new ArrayList<>(project.entrySet());
        byte[] script = files.get(r.nextInt(files.size())).getValue();
        boolean mutated = r.nextInt(5) > 0;
        return switch (i % 3) {
            case 0 -> new Input("in" + i + ".py", mutated ? mutate(r, script) : script);
            case 1 -> {
                byte[] nb = notebook(files.stream().map(Map.Entry::getValue).toList());
                yield new Input("in" + i + ".ipynb", mutated ? mutate(r, nb) : nb);
            }
            default -> {
                Map<String, byte[]> entries = new TreeMap<>();
                for (var f : files) entries.put(f.getKey(), mutated && r.nextBoolean() ? mutate(r, f.getValue()) : f.getValue());
                byte[] zip = zip(entries);
                yield new Input("in" + i + ".zip", mutated && r.nextInt(4) == 0 ? mutate(r, zip) : zip);
            }
        };
    }

    static byte[] mutate(Random r, byte[] in) {
        byte[] b = in;
        for (int n = 1 + r.nextInt(6); n > 0; n--) {
            int at = r.nextInt(b.length + 1);
            switch (r.nextInt(5)) {
                case 0 -> {
                    if (b.length > 0) b[Math.min(at, b.length - 1)] = (byte) r.nextInt(256);
                }
                case 1 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + 1 + r.nextInt(64)), b.length));
                case 2, 3 -> b = concat(Arrays.copyOf(b, at), INSERTS[r.nextInt(INSERTS.length)], Arrays.copyOfRange(b, at, b.length));
                default -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at, Math.min(b.length, at + r.nextInt(400))), Arrays.copyOfRange(b, at, b.length));
            }
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** A Jupyter notebook (nbformat 4) with one code cell per source. */
    static byte[] notebook(List<byte[]> sources) {
        ObjectNode nb = TestServer.JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        nb.putObject("metadata").putObject("kernelspec").put("name", "python3").put("language", "python");
        ArrayNode cells = nb.putArray("cells");
        for (byte[] s : sources) {
            ObjectNode cell = cells.addObject().put("cell_type", "code").putNull("execution_count");
            cell.putObject("metadata");
            cell.putArray("outputs");
            ArrayNode lines = cell.putArray("source");
            new String(s, StandardCharsets.UTF_8).lines().forEach(l -> lines.add(l + "\n"));
        }
        return nb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
