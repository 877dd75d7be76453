package dev.lossadvisor.engine.read;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.scripts.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Python source among uploads: a pasted or uploaded .py file (told by how Python files begin), and a zipped project
 * (a zip with .py files and no config.json, which a .keras archive always has), read under caps.
 */
final class PythonText {
    /** One source file, as the project reader caps it. */
    static final long MAX_BYTES = 4L << 20;
    private static final long MAX_PROJECT_BYTES = 64L << 20;
    private static final int MAX_FILES = 2000;
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");
    private static final List<String> OPENINGS = List.of("import ", "from ", "def ", "class ", "#", "\"\"\"", "'''", "@", "if __name__");

    private PythonText() {}

    /** True when the first bytes are text that opens the way Python modules do (imports, a docstring, a comment, a def). */
    static boolean looksLikePython(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return OPENINGS.stream().anyMatch(text::startsWith);
    }

    static InputException tooLarge(String name) {
        return InputException.malformed("", name + " is larger than " + (MAX_BYTES >> 20) + " MB", "a training script is smaller: leave generated files out");
    }

    /**
     * The .py files and notebooks of a zipped project, by normalised path in the zip; empty for a zip that is a .keras
     * archive or holds no Python. Every entry name passes {@link #entryPath} first: one unsafe or repeated name refuses
     * the whole zip.
     */
    static Map<Path, byte[]> projectZip(Path file) throws IOException {
        Map<Path, byte[]> sources = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("config.json") != null) return Map.of();
            // torch.save and torch.jit.save write zips too: their pickles, and TorchScript's generated code, are no project
            if (zip.stream().anyMatch(e -> e.getName().endsWith("data.pkl") || e.getName().endsWith("constants.pkl"))) return Map.of();
            Set<String> seen = new HashSet<>();
            long total = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entryPath(entry.getName());
                if (!name.equals("/") && !seen.add(name)) throw badEntry(entry.getName(), "appears twice");
                if (entry.isDirectory() || !(name.endsWith(".py") || name.endsWith(".ipynb")) || name.startsWith("__MACOSX/") || name.startsWith(".")
                        || name.contains("/.")) continue;
                if (sources.size() >= MAX_FILES) throw InputException.malformed("", "the zip holds over " + MAX_FILES + " Python files", "zip the training code only");
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = Limited.of(in, name.endsWith(".ipynb") ? Scripts.MAX_NOTEBOOK_BYTES : MAX_BYTES, () -> tooLarge(name)).readAllBytes();
                    total += bytes.length;
                    if (total > MAX_PROJECT_BYTES) throw InputException.malformed("", "the zipped Python sources exceed 64 MB", "zip the training code only");
                    sources.put(Path.of(name), bytes);
                }
            }
        }
        return sources;
    }

    /**
     * The one rule for entry names: backslashes read as separators, "." and empty segments dropped; an absolute name, a
     * drive letter or a ".." segment refuses the zip (an entry must stay inside the project it unpacks to).
     */
    static String entryPath(String raw) {
        String name = raw.replace('\\', '/');
        if (name.startsWith("/")) throw badEntry(raw, "is an absolute path");
        if (DRIVE.matcher(name).lookingAt()) throw badEntry(raw, "names a drive");
        if (name.indexOf('\0') >= 0) throw badEntry(raw, "holds a NUL character");
        StringJoiner path = new StringJoiner("/");
        for (String segment : name.split("/")) {
            if (segment.equals("..")) throw badEntry(raw, "leaves the project (a '..' segment)");
            if (!segment.isEmpty() && !segment.equals(".")) path.add(segment);
        }
        String normal = path.toString();
        if (normal.isEmpty() && !name.endsWith("/")) throw badEntry(raw, "names no file");
        return name.endsWith("/") ? normal + "/" : normal;
    }

    private static InputException badEntry(String raw, String why) {
        String shown = raw.length() > 120 ? raw.substring(0, 120) + "..." : raw;
        return InputException.malformed("", "zip entry '" + shown.replaceAll("\\p{Cntrl}", "?") + "' " + why,
                "zip the project from its own folder (zip -r project.zip .), with relative paths and each file once");
    }
}
