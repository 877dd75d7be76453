package dev.lossadvisor.engine.python;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treesitter.TSNode;

/**
 * The Python files of one project tree, read once, parsed on demand: the files whose text holds a loss, and then the
 * files their imports lead to. Module names come from the paths under the root ("models/net.py" is models.net).
 */
public final class PythonProject {
    /** Larger sources are generated code (tables, vendored bundles), not training scripts. */
    static final long MAX_FILE_BYTES = 4L << 20;
    /** Training scripts are smaller than this; bigger files are parsed around their loss calls only. */
    static final int WHOLE_PARSE_CHARS = 32_000;

    private final Map<Path, String> texts = new ConcurrentHashMap<>();
    private final Map<Path, String> unreadable = new ConcurrentHashMap<>();
    private final Map<Path, byte[]> given;
    private final Map<String, Path> modules = new HashMap<>();
    private final Map<Path, String> moduleOf = new HashMap<>();
    private final Map<Path, String> display = new LinkedHashMap<>(); // in the order given: reports and call-site searches are stable
    /** A file by the name a Syntax or a SourcePlace carries. */
    private final Map<String, Path> byShown = new HashMap<>();
    private final Map<Path, Object> parsed = new ConcurrentHashMap<>();
    private final Map<Syntax, Index> indexes = new ConcurrentHashMap<>();

    /** Where an expression is evaluated: a file, the function around it (null at module level), its class, and how far. */
    public record Scope(Syntax syntax, TSNode function, TSNode cls, int before) {}

    /**
     * @param root  the directory module names are taken from
     * @param files the .py files to read, under root
     * @param shown how a file is named in reports
     * @param given sources already in memory (an upload), by path; the others are read from disk
     */
    PythonProject(Path root, List<Path> files, java.util.function.Function<Path, String> shown, Map<Path, byte[]> given) {
        this.given = given;
        for (Path f : files) {
            display.put(f, shown.apply(f));
            byShown.put(display.get(f), f);
            Path rel = root.relativize(f);
            String module = rel.toString().replace('\\', '/').replaceAll("\\.pyw?$", "").replace('/', '.');
            if (module.endsWith(".__init__")) module = module.substring(0, module.length() - ".__init__".length());
            modules.put(module, f);
            moduleOf.put(f, module);
        }
    }

    /** Reads one file of the project (thread-safe: files are read in parallel); returns its text, or null when unreadable. */
    String load(Path f) {
        try {
            String text = given.containsKey(f) ? decode(given.get(f)) : read(f);
            texts.put(f, text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            unreadable.put(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return null;
        }
    }

    /** Strict UTF-8 text of a source file; @throws IllegalArgumentException for binary, non-UTF-8 or oversized files */
    static String read(Path f) throws IOException {
        long size = Files.size(f);
        if (size > MAX_FILE_BYTES) throw new IllegalArgumentException("too large for a training script (" + (size >> 20) + " MB; a generated file?)");
        return decode(Files.readAllBytes(f));
    }

    static String decode(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) throw new IllegalArgumentException("too large for a training script (" + (bytes.length >> 20) + " MB; a generated file?)");
        for (byte b : bytes) if (b == 0) throw new IllegalArgumentException("binary content (NUL bytes), not Python source");
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text (Python 3 sources are UTF-8; re-encode the file)");
        }
    }

    List<Path> files() {
        return new ArrayList<>(display.keySet());
    }

    String text(Path f) {
        return texts.get(f);
    }

    /** Why a file could not be read or parsed, or null. */
    String problem(Path f) {
        String p = unreadable.get(f);
        if (p != null) return p;
        Object o = parsed.get(f);
        return o instanceof String s ? s : null;
    }

    boolean parsedAlready(Path f) {
        return parsed.containsKey(f);
    }

    /** The file's syntax, parsed once; null when it cannot be read or parsed (the reason is kept for the report). */
    Syntax syntax(Path f) {
        String text = texts.get(f);
        if (text == null) return null;
        Object o = parsed.computeIfAbsent(f, k -> {
            try {
                if (text.length() > WHOLE_PARSE_CHARS) {
                    // library and test code: only the statements around its loss calls are parsed; on doubt, all of it
                    try {
                        return Syntax.parse(display.get(k), text, TopLevel.masked(text, LossFlows.lossCalls(text)));
                    } catch (IllegalArgumentException partial) {
                        // a statement boundary the small lexer misread: fall through to the whole file
                    }
                }
                return Syntax.parse(display.get(k), text);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        return o instanceof Syntax s ? s : null;
    }

    Path fileOf(Syntax s) {
        return byShown.get(s.file);
    }

    /** The text of a place's line, or null. */
    String line(SourcePlace p) {
        Path f = byShown.get(p.file());
        String text = f == null ? null : texts.get(f);
        if (text == null) return null;
        int start = 0;
        for (int n = 1; n < p.line(); n++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) return null;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The file of a dotted module name, or null when it is not in the project (torch, keras, the standard library). */
    Path module(String name) {
        return modules.get(name);
    }

    /**
     * The absolute name an import means from this file: "." is the file's package; a plain name is looked up from the
     * root, then beside the file and up its folders, as Python does with a script's folder on sys.path.
     */
    String resolve(Syntax from, String module) {
        String absolute = absolute(from, module);
        if (module.startsWith(".") || modules.containsKey(absolute)) return absolute;
        Path f = fileOf(from);
        String own = f == null ? "" : moduleOf.getOrDefault(f, "");
        for (String pkg = own.contains(".") ? own.substring(0, own.lastIndexOf('.')) : ""; !pkg.isEmpty();
                pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "") {
            String candidate = pkg + "." + module;
            if (modules.containsKey(candidate)) return candidate;
        }
        return absolute;
    }

    /** A relative import's absolute module: "." is the importing file's package. */
    String absolute(Syntax from, String module) {
        if (!module.startsWith(".")) return module;
        Path f = fileOf(from);
        String own = f == null ? "" : moduleOf.getOrDefault(f, "");
        boolean init = f != null && f.getFileName().toString().startsWith("__init__.");
        String pkg = init ? own : own.contains(".") ? own.substring(0, own.lastIndexOf('.')) : "";
        int dots = 0;
        while (dots < module.length() && module.charAt(dots) == '.') dots++;
        for (int i = 1; i < dots && !pkg.isEmpty(); i++) pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "";
        String rest = module.substring(dots);
        return pkg.isEmpty() ? rest : rest.isEmpty() ? pkg : pkg + "." + rest;
    }

    Index index(Syntax s) {
        return indexes.computeIfAbsent(s, Index::new);
    }

    /** A module's top-level names: imports, classes, functions and assignments. */
    static final class Index {
        /** local name → {module, name in it (null: the module itself)} */
        final Map<String, String[]> imports = new HashMap<>();
        final Map<String, TSNode> classes = new HashMap<>();
        final Map<String, TSNode> functions = new HashMap<>();
        /** name → its last module-level assignment (name = ...); a name bound by unpacking (a, b = ...) is left out. */
        final Map<String, TSNode> assignments = new HashMap<>();

        Index(Syntax s) {
            for (TSNode statement : Syntax.named(s.root)) {
                TSNode def = Syntax.is(statement, "decorated_definition") ? Syntax.field(statement, "definition") : statement;
                if (def == null) continue;
                switch (def.getType()) {
                    case "class_definition" -> classes.put(s.text(Syntax.field(def, "name")), def);
                    case "function_definition" -> functions.put(s.text(Syntax.field(def, "name")), def);
                    case "import_statement" -> importStatement(s, def);
                    case "import_from_statement" -> fromImport(s, def);
                    case "expression_statement" -> {
                        for (TSNode e : Syntax.named(def)) {
                            TSNode left = Syntax.is(e, "assignment") ? Syntax.field(e, "left") : null;
                            if (Syntax.is(left, "identifier")) assignments.put(s.text(left), e);
                        }
                    }
                    default -> { }
                }
            }
        }

        private void importStatement(Syntax s, TSNode n) {
            for (TSNode c : Syntax.named(n)) {
                if (Syntax.is(c, "aliased_import")) {
                    imports.put(s.text(Syntax.field(c, "alias")), new String[] {s.text(Syntax.field(c, "name")), null});
                } else if (Syntax.is(c, "dotted_name")) {
                    String full = s.text(c);
                    String head = full.contains(".") ? full.substring(0, full.indexOf('.')) : full;
                    imports.put(head, new String[] {head, null});
                }
            }
        }

        private void fromImport(Syntax s, TSNode n) {
            TSNode moduleNode = Syntax.field(n, "module_name");
            if (moduleNode == null) return;
            String module = s.text(moduleNode);
            for (int i = 0; i < n.getNamedChildCount(); i++) {
                TSNode c = n.getNamedChild(i);
                if (TSNode.eq(c, moduleNode)) continue;
                if (Syntax.is(c, "aliased_import")) {
                    imports.put(s.text(Syntax.field(c, "alias")), new String[] {module, s.text(Syntax.field(c, "name"))});
                } else if (Syntax.is(c, "dotted_name")) {
                    String name = s.text(c);
                    imports.put(name, new String[] {module, name});
                }
            }
        }
    }
}
