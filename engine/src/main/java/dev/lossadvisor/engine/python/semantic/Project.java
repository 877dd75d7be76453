package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.CallText;
import dev.lossadvisor.engine.python.syntax.PythonParser;
import dev.lossadvisor.engine.python.syntax.SourceText;
import dev.lossadvisor.engine.python.syntax.TopLevel;
import dev.lossadvisor.engine.python.syntax.Tree;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Python files of one project tree, read once and parsed on demand, with module names from their paths under the
 * root ("models/net.py" is models.net) and imports resolved as Python does, then without regard to case (a
 * checkout made on Windows or macOS).
 */
public final class Project {
    /** Larger sources are generated code (tables, vendored bundles), not training scripts. */
    public static final long MAX_FILE_BYTES = 4L << 20;
    /** Training scripts are smaller than this; bigger files are parsed around their loss calls only. */
    public static final int WHOLE_PARSE_CHARS = 32_000;

    private final Map<Path, byte[]> given;
    /** The project's folder on disk, absolute; null for sources that are all in memory (an upload: root ""). */
    private final Path folder;
    private final Map<Path, String> display = new LinkedHashMap<>();
    private final Map<String, Path> modules = new HashMap<>();
    private final Map<String, Path> modulesIgnoringCase = new HashMap<>();
    private final Map<Path, String> moduleOf = new HashMap<>();
    private final Map<String, Path> byShown = new HashMap<>();
    private final Map<Path, String> texts = new ConcurrentHashMap<>();
    private final Map<Path, Object> parsed = new ConcurrentHashMap<>();
    private Function<String, List<Integer>> keep = t -> List.of();
    private CallSites calls = new CallSites();
    /** Files parsed since the call sites were last indexed. */
    private final java.util.Queue<SourceFile> fresh = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Trees parsed and releases so far, for {@link #parses}. */
    private final java.util.concurrent.atomic.AtomicInteger parses = new java.util.concurrent.atomic.AtomicInteger();
    /** The source chars of the trees held, for {@link #holding}. */
    private final java.util.concurrent.atomic.AtomicLong heldChars = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param root  the directory module names are taken from
     * @param files the .py files, under root
     * @param shown how a file is named in reports
     * @param given sources already in memory (an upload), by path; the others are read from disk
     */
    public Project(Path root, List<Path> files, Function<Path, String> shown, Map<Path, byte[]> given) {
        this.given = given;
        this.folder = root.toString().isEmpty() ? null : root.toAbsolutePath().normalize();
        for (Path f : files) {
            display.put(f, shown.apply(f));
            byShown.put(display.get(f), f);
            String module = root.relativize(f).toString().replace('\\', '/');
            module = module.substring(0, module.lastIndexOf('.') < 0 ? module.length() : module.lastIndexOf('.')).replace('/', '.');
            if (module.endsWith(".__init__")) module = module.substring(0, module.length() - ".__init__".length());
            if (module.equals("__init__")) module = "";
            modules.put(module, f);
            modulesIgnoringCase.putIfAbsent(module.toLowerCase(Locale.ROOT), f);
            moduleOf.put(f, module);
        }
    }

    /** What big files keep around: the char offsets of their loss calls. */
    public void keepAround(Function<String, List<Integer>> offsets) {
        this.keep = offsets;
    }

    /**
     * A file the code names (a config it loads) as a path to read, when it lies in the project's folder on disk; else
     * null: an uploaded project reads nothing from the server's disk, and a lint reads nothing outside its tree.
     */
    public Path inFolder(Path file) {
        Path p = file.toAbsolutePath().normalize();
        return folder != null && p.startsWith(folder) ? p : null;
    }

    /** The dotted module name of a file of the project, or null. */
    public String moduleOf(Path f) {
        return moduleOf.get(f);
    }

    public List<Path> files() {
        return new ArrayList<>(display.keySet());
    }

    /** Reads one file (thread-safe); its text, or null when unreadable (the reason is kept). */
    public String load(Path f) {
        try {
            String text = given.containsKey(f) ? decode(given.get(f)) : read(f);
            texts.put(f, text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            parsed.put(f, unreadable(e));
            return null;
        }
    }

    /** Why a file could not be read: the file system's exceptions often carry the path alone, which the report shows already. */
    private static String unreadable(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String read(Path f) throws IOException {
        long size = Files.size(f);
        if (size > MAX_FILE_BYTES) throw new IllegalArgumentException("too large for a training script (" + (size >> 20) + " MB; a generated file?)");
        return decode(Files.readAllBytes(f));
    }

    /** Strict UTF-8; @throws IllegalArgumentException for binary, non-UTF-8 or oversized sources */
    static String decode(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) throw new IllegalArgumentException("too large for a training script (" + (bytes.length >> 20) + " MB; a generated file?)");
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) throw new IllegalArgumentException("binary content (NUL bytes), not Python source");
            ascii &= b > 0;
        }
        if (ascii) return new String(bytes, StandardCharsets.ISO_8859_1); // most sources: a copy, no decoding
        String lenient = new String(bytes, StandardCharsets.UTF_8); // the String decoder's fast loop: malformed input becomes U+FFFD
        if (lenient.indexOf('\uFFFD') < 0) return lenient.startsWith("\uFEFF") ? lenient.substring(1) : lenient; // so none was malformed
        try { // a U+FFFD: malformed input, or one the file holds; the strict decoder tells them apart
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text (Python 3 sources are UTF-8; re-encode the file)");
        }
    }

    public String text(Path f) {
        return texts.get(f);
    }

    /** Why a file could not be read or parsed, or null. */
    public String problem(Path f) {
        return parsed.get(f) instanceof String s ? s : null;
    }

    /** The parsed file, once; null when it cannot be read or parsed (the reason is kept for the report). */
    public SourceFile file(Path f) {
        String text = texts.get(f);
        if (text == null) return null;
        Object o = parsed.computeIfAbsent(f, k -> {
            SourceText source = new SourceText(display.get(k), text);
            try {
                Tree tree = null;
                if (text.length() > WHOLE_PARSE_CHARS) {
                    try { // library and test code: only the statements around its loss calls; on doubt, all of it
                        tree = PythonParser.parse(source, TopLevel.masked(text, keep.apply(text)));
                    } catch (IllegalArgumentException partial) {
                        // a statement boundary the small lexer misread
                    }
                }
                if (tree == null) tree = PythonParser.parse(source, text);
                SourceFile parsedFile = new SourceFile(this, k, moduleOf.get(k), tree);
                parsedFile.scope(); // its module scope read on the parsing core too, not later on the one that evaluates
                fresh.add(parsedFile);
                parses.incrementAndGet(); // after the file is queued for the call index (see parses())
                heldChars.addAndGet(text.length() + PER_FILE_CHARS);
                return parsedFile;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        return o instanceof SourceFile s ? s : null;
    }

    /**
     * Changes whenever a tree is parsed or all are released. While it stays the same, {@link #callsNamed} gives for a
     * name and home module what it gave before: it parses only files not parsed yet, and the files its index lacks are
     * those parsed since. (Trees are parsed by the analysing thread, or by {@link Parallel#each} while it waits.)
     */
    public int parses() {
        return parses.get();
    }

    public boolean parsedAlready(Path f) {
        return parsed.get(f) instanceof SourceFile;
    }

    /** The parsed files held (all of them, until {@link #release}). */
    public List<SourceFile> parsedFiles() {
        List<SourceFile> out = new ArrayList<>();
        for (Path f : display.keySet()) if (parsed.get(f) instanceof SourceFile s) out.add(s);
        return out;
    }

    /** What a parsed file holds beyond its text (its tree, scopes, call list), counted as this many chars of source. */
    private static final int PER_FILE_CHARS = 4_096;

    /** The weight of the trees held, in chars of source plus a fixed share per file. */
    public long holding() {
        return heldChars.get();
    }

    /**
     * Drops every tree and the call sites read from them, so that their memory (native too) can be collected; a file
     * asked for again is parsed again. Texts and reasons stay. Whoever holds values from the old trees (an evaluator's
     * caches) must drop them too, or a file would have two trees.
     */
    public void release() {
        parsed.values().removeIf(o -> o instanceof SourceFile);
        fresh.clear();
        calls = new CallSites();
        parses.incrementAndGet();
        heldChars.set(0);
    }

    /** Callers in files not parsed yet are parsed when their text names the callee, up to this size (a script, not a library). */
    private static final int MAX_UNPARSED_CALLER_CHARS = 64_000;

    /**
     * The calls whose callee's last name is {@code name}, in every file that may hold one: the text of a file not parsed
     * yet only decides whether it is worth parsing; the calls come from the trees.
     */
    public List<CallSites.Site> callsNamed(String name, SourceFile home) {
        return callsNamed(name, home, null);
    }

    /**
     * {@link #callsNamed(String, SourceFile)}, parsing for it only the files whose text may pass {@code passing} as an
     * argument, the whole word right before a "," or ")" (all of them when it is null or the word index cannot tell): for
     * a caller that reads only the calls handed that function ({@code partial(fit, ...)}, {@code Process(target=train)}).
     * The files passed over stay unparsed until a look-up needs them.
     */
    public List<CallSites.Site> callsNamed(String name, SourceFile home, String passing) {
        return callsNamed(name, home.module(), passing);
    }

    /**
     * The calls named {@code name} in the files that import a module named {@code module} (absl: a flag is defined where
     * absl is imported, read anywhere).
     */
    public List<CallSites.Site> callsNamed(String name, String module, String passing) {
        List<Path> callers = new ArrayList<>();
        if (mayCallOf != texts.size()) { // its answers hold while no text is read
            mayCallOf = texts.size();
            mayCallAnswers.clear();
        }
        // the module's names split only for a name and module not asked before
        for (Path f : mayCallAnswers.computeIfAbsent(name + "\0" + module,
                k -> mayCall(name, java.util.Arrays.stream(module.split("\\.")).filter(n -> !n.isEmpty()).toList()))) {
            String text = texts.get(f);
            if (text != null && !parsed.containsKey(f) && mayPass(f, passing)) callers.add(f);
        }
        callers.sort(java.util.Comparator.comparingInt((Path f) -> texts.get(f).length()).reversed());
        Parallel.each(callers, this::file); // parsed and their calls listed on every core: each file's tree is its own
        List<SourceFile> added = new ArrayList<>();
        for (SourceFile s; (s = fresh.poll()) != null; ) added.add(s);
        added.sort(java.util.Comparator.comparing(SourceFile::path)); // sites in a stable order, whatever core parsed them
        if (!added.isEmpty()) calls.add(added); // only the files parsed since: linear in the files, not their square
        return calls.named(name);
    }

    /**
     * The calls whose callee's last name is {@code name} in the files indexed already, parsing none: what {@link #callsNamed}
     * gives at least, so a caller that gives up past {@code n} sites that may run its function can do so without parsing a
     * file for it. (The files parsed since the last index are not counted: indexing them now would change the order of the
     * sites later searches give.)
     */
    public List<CallSites.Site> indexedCalls(String name) {
        return calls.named(name);
    }

    /** True when {@code word} is null, or the text of {@code f} may pass it as an argument, or the word index cannot tell. */
    private boolean mayPass(Path f, String word) {
        if (word == null || !WordIndex.answers(word) || words == null || wordsOf != texts.size()) return true;
        Integer t = wordNumbers.get(f);
        return t == null || words.passes(t, word);
    }

    /** By word, the files whose text writes it right before " as " (an import under another name), in the order of {@link #files()}. */
    private Map<String, List<Path>> renamed;
    private int renamedOf;

    /** The files whose text writes {@code name} right before " as ": one pass over the texts, again if a text was read since. */
    public List<Path> renaming(String name) {
        if (renamed == null || renamedOf != texts.size()) {
            renamedOf = texts.size();
            renamed = new HashMap<>();
            for (Path f : display.keySet()) {
                String text = texts.get(f);
                for (int i = text == null ? -1 : text.indexOf(" as "); i >= 0; i = text.indexOf(" as ", i + 4)) {
                    int from = i;
                    while (from > 0 && Character.isJavaIdentifierPart(text.charAt(from - 1))) from--;
                    if (from == i) continue;
                    List<Path> in = renamed.computeIfAbsent(text.substring(from, i), k -> new ArrayList<>());
                    if (in.isEmpty() || !in.get(in.size() - 1).equals(f)) in.add(f);
                }
            }
        }
        return renamed.getOrDefault(name, List.of());
    }

    /** {@link #mayCall}'s answers by name and home module: the evaluator asks the same ones hundreds of times (forward, __init__). */
    private final Map<String, List<Path>> mayCallAnswers = new HashMap<>();
    private int mayCallOf;
    private List<Path> wordFiles;
    private WordIndex words;
    /** The number of each file's text in {@link #words}. */
    private final Map<Path, Integer> wordNumbers = new HashMap<>();
    private int wordsOf;

    /**
     * The files, in order and small enough, whose text may call {@code name} and import from the module named by
     * {@code home}: a call-shaped {@code name}, the word import and one of the module's names, as whole words (as text
     * where a name is not a word). A caller is the defining file or one that imports from it: other files are not parsed
     * on a name's chance.
     */
    private List<Path> mayCall(String name, List<String> home) {
        List<Path> out = new ArrayList<>();
        if (!WordIndex.answers(name) || !home.stream().allMatch(WordIndex::answers)) {
            for (Path f : display.keySet()) {
                String text = texts.get(f);
                if (text != null && text.length() <= MAX_UNPARSED_CALLER_CHARS && text.contains("import") && home.stream().anyMatch(text::contains)
                        && CallText.mayCall(text, name)) out.add(f);
            }
            return out;
        }
        indexWords();
        java.util.BitSet in = words.calling(name);
        for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
            int t = i;
            if (words.holds(t, "import") && home.stream().anyMatch(n -> words.holds(t, n))) out.add(wordFiles.get(t));
        }
        return out;
    }

    /** Builds {@link #words} over the texts small enough, again if a text was read since. */
    private void indexWords() {
        if (words != null && wordsOf == texts.size()) return;
        wordsOf = texts.size();
        wordFiles = new ArrayList<>();
        wordNumbers.clear();
        List<String> small = new ArrayList<>();
        for (Path f : display.keySet()) {
            String text = texts.get(f);
            if (text == null || text.length() > MAX_UNPARSED_CALLER_CHARS) continue;
            wordNumbers.put(f, wordFiles.size());
            wordFiles.add(f);
            small.add(text);
        }
        words = new WordIndex(small);
    }

    private ListedWords listed;
    /** The number of each file's text in {@link #listed}, in the order of {@link #files()}. */
    private final Map<Path, Integer> listedNumbers = new HashMap<>();
    private int listedOf;

    /**
     * Whether the text of {@code f} may hold a class statement listing {@code name} among its bases or as its metaclass
     * (see {@link ListedWords}); false for a file not read. Only such files need parsing to find a class's subclasses.
     */
    public boolean mayListAsBase(Path f, String name) {
        if (listed == null || listedOf != texts.size()) { // built again if a text was read since
            listedOf = texts.size();
            listedNumbers.clear();
            List<String> all = new ArrayList<>();
            for (Path p : display.keySet()) {
                listedNumbers.put(p, all.size());
                all.add(texts.get(p));
            }
            listed = new ListedWords(all);
        }
        Integer t = listedNumbers.get(f);
        return t != null && listed.mayList(t, name);
    }

    /** The project file of an absolute module name, or null (torch, keras, the standard library). */
    public SourceFile module(String name) {
        Path f = modules.get(name);
        if (f == null) f = modulesIgnoringCase.get(name.toLowerCase(Locale.ROOT));
        if (f == null) return null;
        if (texts.get(f) == null && !parsed.containsKey(f)) load(f);
        return file(f);
    }

    public boolean isModule(String name) {
        return modules.containsKey(name) || modulesIgnoringCase.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The absolute module an import in {@code from} names: "." is the file's package; a plain name is looked up beside
     * the file (a script's folder is first on sys.path), then from the root, then up its folders; names as spelled
     * first, then without regard to case.
     */
    public String resolve(SourceFile from, String module) {
        String own = from.module();
        if (module.startsWith(".")) {
            String pkg = from.isPackage() ? own : parentOf(own);
            int dots = 0;
            while (dots < module.length() && module.charAt(dots) == '.') dots++;
            for (int i = 1; i < dots && !pkg.isEmpty(); i++) pkg = parentOf(pkg);
            String rest = module.substring(dots);
            return pkg.isEmpty() ? rest : rest.isEmpty() ? pkg : pkg + "." + rest;
        }
        for (boolean exact : new boolean[] {true, false}) {
            String folder = parentOf(own); // a script's own folder is sys.path[0]: v2/train.py imports v2/models.py first
            if (!from.isPackage() && !folder.isEmpty() && known(folder + "." + module, exact)) return folder + "." + module;
            if (known(module, exact)) return module;
            for (String pkg = folder; !pkg.isEmpty(); pkg = parentOf(pkg)) {
                // not the file's own package: othello/tensorflow/net.py's "import tensorflow" is the library, not othello.tensorflow
                if (known(pkg + "." + module, exact) && !own.startsWith(pkg + "." + module + ".")) return pkg + "." + module;
            }
        }
        return module;
    }

    private boolean known(String module, boolean exact) {
        return exact ? modules.containsKey(module) : isModule(module);
    }

    private static String parentOf(String module) {
        return module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
    }
}
