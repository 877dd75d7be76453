package dev.lossadvisor.engine.python.syntax;

import dev.lossadvisor.engine.natives.TreeSitterLibrary;
import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSRange;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * Parses Python 3 source (Python 2's print and exec statements too) with tree-sitter, safely: the text is checked first
 * (nesting, brackets, Python 2 tokens, tabs, and a token count that bounds the parse's time and memory), a parse whose thread is interrupted is cancelled within
 * {@link #WATCH_MILLIS}, and a parse that timed out or was cancelled gives a tree object without a native tree, which is
 * never touched (and the parser is reset, or its next parse would resume this one).
 */
public final class PythonParser {
    /** With the tokens capped, a file parses in about 2 s of one core at most; this is only the last guard. */
    private static final long PARSE_TIMEOUT_MICROS = 10_000_000;
    /** How often the running parses are checked for an interrupted thread. */
    private static final long WATCH_MILLIS = 20;
    /**
     * A tree's native memory is freed only when the garbage collector finds its small Java object unreachable, which a
     * heap with room to spare may not do for minutes: past this much native memory in trees not known to be freed, a
     * parse asks for a collection first (at most once a second). Measured: about 200 bytes per token.
     */
    private static final long NATIVE_BUDGET = 512L << 20;
    private static final long NATIVE_BYTES_PER_TOKEN = 200;
    private static final AtomicLong NATIVE_HELD = new AtomicLong();
    private static final AtomicLong LAST_COLLECTION = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));
    private static final Cleaner FREED = Cleaner.create();
    /** The parses running, by thread, for the watcher. */
    private static final Map<Thread, TSParser> RUNNING = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parse-watch");
        t.setDaemon(true);
        return t;
    });

    static {
        // before the first parser loads tree-sitter's natives: they need a writable directory to unpack into
        TreeSitterLibrary.prepare();
    }

    private static final ThreadLocal<TSParser> PARSER = ThreadLocal.withInitial(() -> {
        TSParser p = new TSParser();
        p.setLanguage(new TreeSitterPython());
        p.setTimeoutMicros(PARSE_TIMEOUT_MICROS);
        return p;
    });
    private static final Field POINTER = pointer();

    /** Whether a check is scheduled: the watcher wakes only while parses run (a lint's evaluation parses now and then). */
    private static final AtomicBoolean WATCHING = new AtomicBoolean();

    private PythonParser() {}

    private static Field pointer() {
        try {
            Field f = TSTree.class.getDeclaredField("ptr");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("tree-sitter binding without TSTree.ptr: the parse could not be checked", e);
        }
    }

    /**
     * Parses {@code parsed}, the text or a version of it with parts blanked to spaces of the same UTF-8 length, while
     * node text and places come from {@code source}.
     *
     * @throws IllegalArgumentException with a one-line reason naming line:column when the file is not valid Python 3
     * @throws CancellationException when the thread is interrupted, before or while parsing
     */
    public static Tree parse(SourceText source, String parsed) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
        Precheck.Checked checked = Precheck.check(parsed);
        long nativeBytes = checked.tokens() * NATIVE_BYTES_PER_TOKEN;
        if (NATIVE_HELD.get() + nativeBytes > NATIVE_BUDGET) collect();
        String text = checked.text();
        if (text.indexOf('\r') >= 0) text = lineFeeds(text);
        TSTree tree = parseNative(text, Included.ranges(text));
        if (nativePointer(tree) == 0) {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted while parsing");
            throw new IllegalArgumentException("parsing took over " + PARSE_TIMEOUT_MICROS / 1_000_000 + " s (a generated file?)");
        }
        NATIVE_HELD.addAndGet(nativeBytes);
        FREED.register(tree, () -> NATIVE_HELD.addAndGet(-nativeBytes));
        Tree t = new Tree(source, tree);
        TSNode root = t.root().ts();
        // Python 2's print and exec statements, which the grammar knows, are read as the statements they are: a training
        // script of 2016 (print "epoch", i) holds its flows as a Python 3 one does
        if (root.hasError()) {
            TSNode bad = firstError(root);
            throw new IllegalArgumentException("not valid Python 3 at " + (bad == null ? "1:1" : at(source, bad))
                    + " (a syntax error)");
        }
        return t;
    }

    /** Parses where the watcher sees it; a parse without a tree leaves the parser reset for the next one. */
    private static TSTree parseNative(String text, TSRange[] ranges) {
        TSParser parser = PARSER.get();
        parser.setCancellationFlag(0);
        parser.setIncludedRanges(ranges);
        RUNNING.put(Thread.currentThread(), parser);
        watch();
        TSTree tree;
        try {
            tree = parser.parseString(null, text);
        } finally {
            RUNNING.remove(Thread.currentThread());
        }
        if (nativePointer(tree) == 0) parser.reset();
        return tree;
    }

    private static void watch() {
        if (WATCHING.compareAndSet(false, true)) WATCHER.schedule(PythonParser::check, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Cancels the parses of interrupted threads; checks again while any parse runs (one that starts meanwhile schedules its own). */
    private static void check() {
        RUNNING.forEach((thread, parser) -> {
            if (thread.isInterrupted()) parser.setCancellationFlag(1);
        });
        WATCHING.set(false);
        if (!RUNNING.isEmpty()) watch();
    }

    /**
     * Frees the native memory of the trees no longer reachable, by a collection of the heap that holds their objects (at
     * most once a second): for a caller that has just dropped many trees, which a young collection would leave in the
     * old generation, native memory and all, until the end of the run.
     */
    public static void collect() {
        long now = System.nanoTime();
        long last = LAST_COLLECTION.get();
        if (now - last < TimeUnit.SECONDS.toNanos(1) || !LAST_COLLECTION.compareAndSet(last, now)) return;
        System.gc();
    }

    private static long nativePointer(TSTree tree) {
        try {
            return tree == null ? 0 : POINTER.getLong(tree);
        } catch (IllegalAccessException e) {
            return 0;
        }
    }

    /** Old Mac line ends (a lone \r) become \n, which the grammar knows; the byte length stays. */
    private static String lineFeeds(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] == '\r' && (i + 1 >= c.length || c[i + 1] != '\n')) c[i] = '\n';
        return new String(c);
    }

    private static String at(SourceText source, TSNode n) {
        var p = source.place(n.getStartByte());
        return p.line() + ":" + p.column();
    }

    /** The first ERROR or MISSING node, depth-first; only runs on a file that has one. */
    private static TSNode firstError(TSNode n) {
        if (n.isError() || n.isMissing()) return n;
        for (int i = 0; i < n.getChildCount(); i++) {
            TSNode c = n.getChild(i);
            if (c.hasError() || c.isMissing()) return firstError(c);
        }
        return null;
    }
}
