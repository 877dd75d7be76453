package dev.lossadvisor.engine.python;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * One Python file parsed by tree-sitter, with the node helpers the analysis needs. Nodes are read on demand around
 * the places the text search found (every node crossing JNI costs microseconds), never walked wholesale.
 */
final class Syntax {
    /** A parse that takes longer than this is a generated monster, not a training script. */
    private static final long PARSE_TIMEOUT_MICROS = 20_000_000;
    private static final ThreadLocal<TSParser> PARSER = ThreadLocal.withInitial(() -> {
        TSParser p = new TSParser();
        p.setLanguage(new TreeSitterPython());
        p.setTimeoutMicros(PARSE_TIMEOUT_MICROS);
        return p;
    });

    final String file;
    final byte[] utf8;
    private final TSTree tree; // kept: the nodes point into it
    final TSNode root;

    private Syntax(String file, byte[] utf8, TSTree tree) {
        this.file = file;
        this.utf8 = utf8;
        this.tree = tree;
        this.root = tree.getRootNode();
    }

    /** @throws IllegalArgumentException with a one-line reason when the file does not parse as Python 3 */
    static Syntax parse(String file, String text) {
        return parse(file, text, text);
    }

    /**
     * Parses {@code parsed}, a version of {@code text} with parts blanked ({@link TopLevel#masked}), while node text and
     * places come from the real text: both have the same UTF-8 length.
     */
    static Syntax parse(String file, String text, String parsed) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        TSTree tree = PARSER.get().parseString(null, parsed);
        if (tree == null) throw new IllegalArgumentException("parsing took over 20 s (a generated file?)");
        Syntax s = new Syntax(file, utf8, tree);
        TSNode python2 = s.python2();
        if (python2 != null) {
            SourcePlace at = s.place(python2);
            throw new IllegalArgumentException("Python 2 code at " + at.line() + ":" + at.column() + " (a print or exec statement): Loss Advisor reads Python 3");
        }
        if (s.root.hasError()) {
            TSNode bad = s.firstError(s.root);
            SourcePlace at = bad == null ? new SourcePlace(file, 1, 1) : s.place(bad);
            throw new IllegalArgumentException("not valid Python 3 at " + at.line() + ":" + at.column()
                    + " (a syntax error, or Python 2 code such as print \"...\")");
        }
        return s;
    }

    /** The grammar still accepts Python 2's print and exec statements: they mark a file Python 3 cannot run. */
    private static final ThreadLocal<TSQuery> PYTHON2 = ThreadLocal.withInitial(() -> new TSQuery(new TreeSitterPython(),
            "(print_statement) @old (exec_statement) @old"));

    private TSNode python2() {
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(PYTHON2.get(), root);
        TSQueryMatch match = new TSQueryMatch();
        return cursor.nextMatch(match) && match.getCaptures().length > 0 ? match.getCaptures()[0].getNode() : null;
    }

    /** The first ERROR or MISSING node, depth-first; only runs on a file that has one. */
    private TSNode firstError(TSNode n) {
        if (n.isError() || n.isMissing()) return n;
        for (int i = 0; i < n.getChildCount(); i++) {
            TSNode c = n.getChild(i);
            if (c.hasError() || c.isMissing()) return firstError(c);
        }
        return null;
    }

    String text(TSNode n) {
        return new String(utf8, n.getStartByte(), n.getEndByte() - n.getStartByte(), StandardCharsets.UTF_8);
    }

    SourcePlace place(TSNode n) {
        int row = n.getStartPoint().getRow();
        int start = n.getStartByte();
        int lineStart = start;
        while (lineStart > 0 && utf8[lineStart - 1] != '\n') lineStart--;
        int column = new String(utf8, lineStart, start - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new SourcePlace(file, row + 1, column);
    }

    /** The smallest named node covering byte {@code offset}. */

    /**
     * The last assignment "target = ..." in [from, before) whose nearest enclosing function is {@code owner} (null: the
     * module), found by searching the bytes and then asking the tree, so a long function is never walked node by node.
     */
    TSNode lastAssignment(String target, int from, int before, TSNode owner) {
        byte[] t = target.getBytes(StandardCharsets.UTF_8);
        for (int i = lastIndexOf(t, before - t.length, from); i >= from; i = lastIndexOf(t, i - 1, from)) {
            if (i > 0 && (identifierByte(utf8[i - 1]) || utf8[i - 1] == '.')) continue;
            int k = i + t.length;
            if (k < utf8.length && identifierByte(utf8[k])) continue;
            while (k < utf8.length && (utf8[k] == ' ' || utf8[k] == '\t')) k++;
            if (k + 1 >= utf8.length || utf8[k] != '=' || utf8[k + 1] == '=') continue;
            TSNode n = root.getNamedDescendantForByteRange(i, i + t.length);
            TSNode assignment = is(n, "assignment") ? n : ancestor(n, "assignment");
            if (assignment == null || assignment.getStartByte() != i) continue;
            TSNode fn = ancestor(assignment, "function_definition");
            boolean sameOwner = owner == null ? fn == null : fn != null && fn.getStartByte() == owner.getStartByte();
            if (sameOwner) return assignment;
        }
        return null;
    }

    private int lastIndexOf(byte[] t, int start, int from) {
        for (int i = Math.min(start, utf8.length - t.length); i >= from; i--) {
            int j = 0;
            while (j < t.length && utf8[i + j] == t[j]) j++;
            if (j == t.length) return i;
        }
        return -1;
    }

    private static boolean identifierByte(byte b) {
        return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b < 0;
    }

    static List<TSNode> named(TSNode n) {
        int count = n.getNamedChildCount();
        List<TSNode> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) list.add(n.getNamedChild(i));
        return list;
    }

    static TSNode field(TSNode n, String name) {
        TSNode f = n.getChildByFieldName(name);
        return f == null || f.isNull() ? null : f;
    }

    static boolean is(TSNode n, String type) {
        return n != null && !n.isNull() && type.equals(n.getType());
    }

    /** The nearest ancestor of one of these types, or null. */
    static TSNode ancestor(TSNode n, String... types) {
        for (TSNode p = n.getParent(); p != null && !p.isNull(); p = p.getParent()) {
            for (String t : types) if (t.equals(p.getType())) return p;
        }
        return null;
    }

    /** Descendants of these types, depth-first in source order, not entering nested functions or classes. */
    static List<TSNode> find(TSNode scope, String... types) {
        List<TSNode> out = new ArrayList<>();
        collect(scope, types, out, true);
        return out;
    }

    private static void collect(TSNode n, String[] types, List<TSNode> out, boolean top) {
        String type = n.getType();
        if (!top && (type.equals("function_definition") || type.equals("class_definition"))) return;
        for (String t : types) {
            if (t.equals(type)) {
                out.add(n);
                break;
            }
        }
        for (int i = 0; i < n.getNamedChildCount(); i++) collect(n.getNamedChild(i), types, out, false);
    }
}
