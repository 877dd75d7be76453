package dev.lossadvisor.engine.read;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.scripts.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
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

    /** The .py files and notebooks of a zipped project, by path in the zip; empty for a zip that is a .keras archive or holds no Python. */
    static Map<Path, byte[]> projectZip(Path file) throws IOException {
        Map<Path, byte[]> sources = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("config.json") != null) return Map.of();
            // torch.save and torch.jit.save write zips too: their pickles, and TorchScript's generated code, are no project
            if (zip.stream().anyMatch(e -> e.getName().endsWith("data.pkl") || e.getName().endsWith("constants.pkl"))) return Map.of();
            long total = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".py") || name.endsWith(".ipynb")) || name.startsWith("__MACOSX/") || name.startsWith(".")
                        || name.contains("/.") || name.contains("..")) continue;
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
}
