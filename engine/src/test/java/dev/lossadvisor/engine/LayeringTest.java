package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages import only downward: the engine's package graph, read from the compiled classes' constant pools (every
 * class, field and method type they name), has no cycle, so every package stands above all it imports.
 */
class LayeringTest {
    private static final Path CLASSES = Path.of("target/classes/dev/lossadvisor");
    private static final Pattern TYPE = Pattern.compile("dev/lossadvisor/((?:[a-z][a-z0-9]*/)*)[A-Z]");
    @Test
    void noPackageImportsOneAboveIt() throws IOException {
        Map<String, Set<String>> graph = imports();
        assertTrue(graph.containsKey("engine.losses") && graph.get("engine.losses").contains("engine.samples"), "the graph is read: " + graph.keySet());
        Set<String> cycles = new TreeSet<>();
        for (String from : graph.keySet()) {
            for (String to : graph.get(from)) {
                if (from.compareTo(to) < 0 && reaches(graph, to, from)) cycles.add(from + " <-> " + to);
            }
        }
        assertEquals(Set.of(), cycles, "pairs of packages that import each other, directly or through others");
    }

    @Test
    void theReaderCanSeeAnUpwardImport() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        assertTrue(reaches(graph, "c", "b"));
        assertTrue(!reaches(Map.of("a", Set.of("b"), "b", Set.of()), "b", "a"));
    }

    /** Package → the other packages of this module its classes name (cli and lsp above the engine, facts below it). */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(CLASSES)) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            String from = CLASSES.relativize(f.getParent()).toString().replace('/', '.');
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (String text : utf8Constants(f)) {
                Matcher m = TYPE.matcher(text);
                while (m.find()) {
                    String pkg = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1).replace('/', '.');
                    if (!pkg.isEmpty() && !pkg.equals(from)) to.add(pkg);
                }
            }
        }
        return graph;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (p.equals(target)) return true;
            if (seen.add(p)) todo.addAll(graph.getOrDefault(p, Set.of()));
        }
        return false;
    }

    /** The class file's CONSTANT_Utf8 entries (JVMS 4.4): class names and the descriptors of fields and methods. */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream d = new DataInputStream(in)) {
            d.readInt();
            d.readUnsignedShort();
            d.readUnsignedShort();
            int count = d.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(d.readUTF());
                    case 7, 8, 16, 19, 20 -> d.skipBytes(2);
                    case 15 -> d.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> d.skipBytes(4);
                    case 5, 6 -> {
                        d.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": constant pool tag " + tag);
                }
            }
        }
        return out;
    }
}
