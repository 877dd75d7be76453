package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterPython;

/**
 * A syntax node, read from the native tree on first use and then kept: every crossing into the parser costs
 * microseconds, so a node is only read where the analysis looks. Equal nodes are the same range of the same kind
 * in the same file.
 */
public final class Node {
    /** The grammar's field ids by name (0, no field, for a name the grammar lacks). */
    private static final Map<String, Integer> FIELDS = fields();

    /**
     * Past this many children a node's named children are read by one walk of a cursor: the parser finds its i-th named
     * child by walking from the first, so reading them one by one costs the square of their number (a module of 2,000
     * statements, a dict literal of 1,000 entries).
     */
    private static final int MANY_CHILDREN = 32;

    /** A run of white space, compiled once: String.replaceAll compiles its pattern on every call, thousands per lint. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Tree tree;
    private final TSNode ts;
    private Node parent;
    private String type;
    private int start = -1;
    private int end;
    private List<Node> named;
    private Map<String, Node> fields;

    Node(Tree tree, TSNode ts, Node parent) {
        this.tree = tree;
        this.ts = ts;
        this.parent = parent;
    }

    private static Map<String, Integer> fields() {
        TSLanguage python = new TreeSitterPython();
        Map<String, Integer> ids = new HashMap<>();
        for (int id = 1; id <= python.fieldCount(); id++) ids.put(python.fieldNameForId(id), id);
        return Map.copyOf(ids);
    }

    public Tree tree() {
        return tree;
    }

    public String type() {
        if (type == null) type = ts.getType();
        return type;
    }

    public boolean is(String t) {
        return type().equals(t);
    }

    public int start() {
        if (start < 0) {
            start = ts.getStartByte();
            end = ts.getEndByte();
        }
        return start;
    }

    public int end() {
        start();
        return end;
    }

    public List<Node> named() {
        if (named == null) {
            int n = ts.getNamedChildCount();
            List<Node> list = new ArrayList<>(n);
            if (n <= MANY_CHILDREN) {
                for (int i = 0; i < n; i++) add(list, ts.getNamedChild(i));
            } else {
                TSTreeCursor cursor = new TSTreeCursor(ts);
                for (boolean more = cursor.gotoFirstChild(); more; more = cursor.gotoNextSibling()) {
                    TSNode c = cursor.currentNode();
                    if (c.isNamed()) add(list, c);
                }
            }
            named = List.copyOf(list);
        }
        return named;
    }

    private void add(List<Node> children, TSNode child) {
        Node c = new Node(tree, child, this);
        if (!c.is("comment")) children.add(c);
    }

    /** The child under a grammar field (left, right, function, arguments, ...), or null. */
    public Node field(String name) {
        if (fields == null) fields = new HashMap<>(4);
        if (fields.containsKey(name)) return fields.get(name);
        TSNode f = ts.getChildByFieldId(FIELDS.getOrDefault(name, 0)); // by id: no string crossing into the parser per look-up
        Node n = f == null || f.isNull() ? null : child(f);
        fields.put(name, n);
        return n;
    }

    /** The named child object for a native child, so that parents stay known and text is read once. */
    private Node child(TSNode f) {
        int s = f.getStartByte();
        int e = f.getEndByte();
        String type = null; // read once, and only for a child at the same range
        for (Node c : named()) {
            if (c.start() != s || c.end() != e) continue;
            if (type == null) type = f.getType();
            if (c.type().equals(type)) return c;
        }
        return new Node(tree, f, this);
    }

    /**
     * The expression inside any parentheses around {@code n} ({@code ((x))} is x), n itself without them; null for null.
     * A parenthesized expression holds one expression: a comment inside the parentheses is no named child here, and more
     * than one child (an error the parser recovered from) is left as it is.
     */
    public static Node bare(Node n) {
        while (n != null && n.is("parenthesized_expression") && n.named().size() == 1) n = n.named().get(0);
        return n;
    }

    public Node parent() {
        if (parent == null && !is("module")) {
            TSNode p = ts.getParent();
            parent = p == null || p.isNull() ? null : new Node(tree, p, null);
        }
        return parent;
    }

    /** The nearest ancestor of one of these kinds, or null. */
    public Node ancestor(String... kinds) {
        for (Node p = parent(); p != null; p = p.parent()) for (String k : kinds) if (p.is(k)) return p;
        return null;
    }

    public String text() {
        return tree.source().slice(start(), end());
    }

    /** {@link #text} with each run of white space replaced by {@code blank}: {@code is  not}, a module name over continued lines. */
    public String text(String blank) {
        return BLANKS.matcher(text()).replaceAll(Matcher.quoteReplacement(blank));
    }

    /** Whether {@link #text} starts with {@code prefix}, read without copying the text. */
    public boolean startsWith(String prefix) {
        return tree.source().startsWith(prefix, start(), end());
    }

    public SourcePlace place() {
        return tree.source().place(start());
    }

    /** The smallest named node covering [from, to), or null. */
    public Node at(int from, int to) {
        TSNode n = ts.getNamedDescendantForByteRange(from, to);
        return n == null || n.isNull() ? null : new Node(tree, n, null);
    }

    TSNode ts() {
        return ts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node n && n.tree == tree && n.start() == start() && n.end() == end() && n.type().equals(type());
    }

    @Override
    public int hashCode() {
        return start() * 31 + end();
    }

    @Override
    public String toString() {
        return type() + "@" + place();
    }
}
