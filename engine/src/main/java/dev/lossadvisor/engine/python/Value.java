package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.input.LossOptions;
import java.util.List;
import java.util.Map;

/** What a Python expression stands for, as far as the loss analysis cares; anything else is {@link Unknown}. */
sealed interface Value {

    /** Nothing the analysis can follow: the flow stops here, and nothing is reported about it. */
    record Unknown() implements Value {}

    /** A dotted name not defined in the project (nn.CrossEntropyLoss, F.softmax, keras.layers.Dense). */
    record Qualified(String name) implements Value {}

    /** A class of the project. */
    record ClassRef(PythonProject.Scope definition, String name) implements Value {}

    /** A function of the project. */
    record FunctionRef(PythonProject.Scope definition) implements Value {}

    /** An instance of a project class (a model): calling it runs forward(). */
    record Instance(ClassRef type) implements Value {}

    /** A loss object or the loss a Keras model is compiled with. */
    record Loss(String framework, String name, String shown, LossOptions options, SourcePlace place) implements Value {}

    /** A layer or module object: calling it gives an output of this activation and width (0: width unknown). */
    record Layer(String activation, int units, SourcePlace place, String shown) implements Value {}

    /** A tensor leaving the model: the last activation applied to it, where, and the width. */
    record Flow(String activation, int units, SourcePlace place, String shown) implements Value {}

    /** A model that returns a dict of outputs (out["exist"]). */
    record Outputs(Map<String, Flow> byKey) implements Value {}

    /**
     * A Keras model: its output, the layers of a Sequential, and for a model of several outputs those by name (a dict
     * of outputs) or position ("0", "1", ... for a list), output null then.
     */
    record KerasModel(Flow output, List<Layer> layers, Map<String, Flow> heads) implements Value {}

    /** A literal: a number, a string, a boolean, a list of them. */
    record Literal(Object value) implements Value {}

    Unknown UNKNOWN = new Unknown();
}
