package dev.lossadvisor.engine.python.syntax;

import dev.lossadvisor.engine.natives.TreeSitterLibrary;
import java.lang.reflect.Field;
import java.util.concurrent.CancellationException;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * Parses Python 3 source with tree-sitter, safely: the text is checked first (nesting, Python 2 tokens, tabs), and a
 * parse that timed out gives a tree object without a native tree, which is never touched.
 */
public final class PythonParser {
    /** With the nesting capped, a real file parses in well under this; a file that does not is refused. */
    private static final long PARSE_TIMEOUT_MICROS = 10_000_000;

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
    private static final ThreadLocal<TSQuery> PYTHON2 = ThreadLocal.withInitial(() -> new TSQuery(new TreeSitterPython(),
            "(print_statement) @old (exec_statement) @old"));
    private static final Field POINTER = pointer();

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
     * @throws CancellationException when the thread is interrupted
     */
    public static Tree parse(SourceText source, String parsed) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
        Precheck.check(parsed);
        TSTree tree = PARSER.get().parseString(null, parsed.indexOf('\r') < 0 ? parsed : lineFeeds(parsed));
        if (nativePointer(tree) == 0) {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
            throw new IllegalArgumentException("parsing took over " + PARSE_TIMEOUT_MICROS / 1_000_000 + " s (a generated file?)");
        }
        Tree t = new Tree(source, tree);
        TSNode root = t.root().ts();
        // the statements start with their keyword: a text without it has none, and the walk over the tree is saved
        if (parsed.contains("print") || parsed.contains("exec")) {
            TSQueryCursor cursor = new TSQueryCursor();
            cursor.exec(PYTHON2.get(), root);
            TSQueryMatch match = new TSQueryMatch();
            if (cursor.nextMatch(match) && match.getCaptures().length > 0) {
                throw new IllegalArgumentException("Python 2 code at " + at(source, match.getCaptures()[0].getNode())
                        + " (a print or exec statement): Loss Advisor reads Python 3");
            }
        }
        if (root.hasError()) {
            TSNode bad = firstError(root);
            throw new IllegalArgumentException("not valid Python 3 at " + (bad == null ? "1:1" : at(source, bad))
                    + " (a syntax error, or Python 2 code such as print \"...\")");
        }
        return t;
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
