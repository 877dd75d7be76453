package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Scope;

/**
 * Where an expression is evaluated: its scope and how far into it, the object {@code self} stands for, and the call
 * that is being followed into the function (its arguments bind the parameters), with the depth of calls.
 *
 * @param self  the object a method runs on, or null
 * @param frame the function whose parameters {@code args} binds, or null
 */
public record Context(Scope scope, int offset, Value self, Scope frame, Args args, int depth) {
    public static Context at(Scope scope, int offset) {
        return new Context(scope, offset, null, null, null, 0);
    }

    /** A place reached from this one (a module's global, a default value): no self, no call followed, the depth kept so a cycle through it still ends. */
    Context within(Scope s, int o) {
        return new Context(s, o, null, null, null, depth);
    }

    Context moved(Scope s, int o) {
        return new Context(s, o, self, frame, args, depth);
    }
}
