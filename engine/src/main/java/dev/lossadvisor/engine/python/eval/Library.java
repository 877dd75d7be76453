package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.syntax.Node;

/** A model of one library's calls: what its functions, classes and methods give, as abstract values. */
interface Library {
    /** The value of calling the library name {@code name} (dotted in full), or null when it is not this library's. */
    Value call(String name, Args args, Node call);

    /** The value of {@code receiver.method(args)} when this library decides it (a tensor's softmax), or null. */
    Value method(Value receiver, String method, Args args, Node call);
}
