package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * One parsed file: its text and the root of its syntax tree. The native tree is freed by the binding's cleaner once
 * the analysis drops this object; a parse that failed never gets here.
 */
public final class Tree {
    /**
     * Every call, with its callee's last name: one query per file instead of a walk over every node. Compiled once and shared: a query is read-only while cursors run it.
     */
    private static final TSQuery QUERY = new TSQuery(new TreeSitterPython(),
            "(call function: [(identifier) @name (attribute attribute: (identifier) @name)]) @call (call function: (call)) @call"
                    + " (call function: (subscript value: [(identifier) @name (attribute attribute: (identifier) @name)])) @call");
    /** The query's captures, numbered as they first appear in it. */
    private static final int CALL = 1;

    /**
     * A call and the last name of its callee (criterion, forward, CrossEntropyLoss; empty for nn.BCELoss()(p, y); the
     * container's for self.losses["seg"](p, y)).
     */
    public record Call(String name, Node node) {}

    private final SourceText source;
    @SuppressWarnings("unused")
    private final TSTree tree; // the nodes point into it
    private final Node root;
    private final List<Call> calls;

    /** Reads the calls on the parse's own thread, so that trees parsed on every core are read on every core. */
    Tree(SourceText source, TSTree tree) {
        this.source = source;
        this.tree = tree;
        this.root = new Node(this, tree.getRootNode(), null);
        List<Call> list = new ArrayList<>();
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(QUERY, root.ts());
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
            TSNode call = null;
            TSNode name = null;
            for (TSQueryCapture c : match.getCaptures()) {
                if (c.getIndex() == CALL) call = c.getNode();
                else name = c.getNode();
            }
            if (call == null) continue;
            list.add(new Call(name == null ? "" : source.slice(name.getStartByte(), name.getEndByte()), new Node(this, call, null)));
        }
        this.calls = List.copyOf(list);
    }

    public SourceText source() {
        return source;
    }

    public Node root() {
        return root;
    }

    /** The calls of the file in source order. */
    public List<Call> calls() {
        return calls;
    }
}
