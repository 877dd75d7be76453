package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;

/**
 * A name bound in a scope, as ruff's semantic model keeps it: how it was bound, the expression that gives it its
 * value, and for unpacking the index path into that value ({@code a, (b, c) = ...} binds c at [1, 1]; after a starred
 * target the index counts from the end: {@code *rest, last = ...} binds last at [-1]).
 *
 * @param value       the expression bound (the right side, the iterable of a for, the default of a parameter), or null
 * @param path        indexes into the value for unpacking; for a parameter, its position
 * @param offset      byte offset where the binding takes effect
 * @param conditional true when the binding sits in a branch or a loop body of its scope
 * @param module      for imports, the module named (as written, dots included)
 * @param block       the statement block (or clause) that runs the binding whenever it reaches a later place inside it,
 *                    or null for the whole scope: the latest binding before a use in that block is the value there
 */
public record Binding(Kind kind, String name, Node value, List<Integer> path, int offset, boolean conditional, Scope scope, String module, Node block) {

    /** True when the binding certainly ran before {@code use} once the use is reached: it always runs, or it sits earlier in a block holding the use. */
    public boolean runsBefore(int use) {
        return offset < use && (!conditional || block == null || block.start() <= use && use < block.end());
    }

    /** The ways Python binds a name. */
    public enum Kind {
        ASSIGNMENT, ANNOTATED, AUGMENTED, FOR, WITH, EXCEPT, WALRUS, IMPORT, FROM_IMPORT, STAR_IMPORT, PARAMETER, DEF, CLASS, GLOBAL,
        /** A function's {@code **kwargs}: the keywords a call passes that name none of its parameters. */
        KEYWORDS,
        /** A function's {@code *args}: the positional arguments a call passes from its place on. */
        REST,
        /** A name of Python 2's tuple parameter ({@code def f(a, (b, c))}, {@code lambda (k, v): v}): not followed. */
        TUPLE_PARAMETER
    }
}
