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
    /** Every call, with its callee's last name: one query per file instead of a walk over every node. */
    private static final ThreadLocal<TSQuery> CALLS = ThreadLocal.withInitial(() -> new TSQuery(new TreeSitterPython(),
            "(call function: [(identifier) @name (attribute attribute: (identifier) @name)]) @call (call function: (call)) @call"));

    /** A call and the last name of its callee (criterion, forward, CrossEntropyLoss; empty for nn.BCELoss()(p, y)). */
    public record Call(String name, Node node) {}

    private final SourceText source;
    @SuppressWarnings("unused")
    private final TSTree tree; // the nodes point into it
    private final Node root;
    private List<Call> calls;

    Tree(SourceText source, TSTree tree) {
        this.source = source;
        this.tree = tree;
        this.root = new Node(this, tree.getRootNode(), null);
    }

    public SourceText source() {
        return source;
    }

    public Node root() {
        return root;
    }

    /** The calls of the file in source order, read once. */
    public synchronized List<Call> calls() {
        if (calls == null) {
            List<Call> list = new ArrayList<>();
            TSQueryCursor cursor = new TSQueryCursor();
            cursor.exec(CALLS.get(), root.ts());
            TSQueryMatch match = new TSQueryMatch();
            while (cursor.nextMatch(match)) {
                TSNode call = null;
                TSNode name = null;
                for (TSQueryCapture c : match.getCaptures()) {
                    if (c.getIndex() == 1) call = c.getNode();
                    else name = c.getNode();
                }
                if (call == null) continue;
                list.add(new Call(name == null ? "" : source.slice(name.getStartByte(), name.getEndByte()), new Node(this, call, null)));
            }
            calls = List.copyOf(list);
        }
        return calls;
    }
}
