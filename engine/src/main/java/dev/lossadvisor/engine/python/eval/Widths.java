package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;

/**
 * Output widths as the rules can use them when the candidates differ: a builder called with 5 classes from one script
 * and 6 from another has a width of at least 5, so "3 or more classes" holds for every candidate while the exact
 * width stays unknown. In a tensor, a width of -k means "at least k".
 */
final class Widths {
    private Widths() {}

    /** A positive integer's value, or the bound every candidate meets; 0 when neither is known. */
    static int bound(Value v) {
        if (v instanceof Value.AtLeast a) return a.min();
        return v instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) && d > 0 && d < 1e7 ? d.intValue() : 0;
    }

    /** A layer's width: exact, -k for at least k, 0 unknown. */
    static int of(Value v) {
        return v instanceof Value.AtLeast a ? -a.min() : bound(v);
    }

    /** Two candidates' widths: the same width, or the bound both meet when they differ, or unknown when either is. */
    static int join(int a, int b) {
        if (a == b) return a;
        return a == 0 || b == 0 ? 0 : -Math.min(Math.abs(a), Math.abs(b));
    }
}
