package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * KerasHub (and KerasNLP before it): a task classifier ({@code keras_hub.models.BertClassifier.from_preset(...,
 * num_classes=K, activation=...)}) is a Keras model whose output is K logits unless {@code activation=} names a
 * softmax or sigmoid. Another activation, or one not known, leaves the output unknown. KerasCV's classifiers, whose
 * default activation changed between versions, are followed only where the code names the activation.
 */
final class KerasHubLibrary implements Library {
    private static final Pattern CLASSIFIER = Pattern.compile("keras_(hub|nlp|cv)\\.models\\.\\w*Classifier(\\.from_preset)?");

    @Override
    public Value call(String name, Args args, Node call) {
        if (!CLASSIFIER.matcher(name).matches()) return null;
        if (name.startsWith("keras_cv.") && args.keyword("activation") == null) return Value.UNKNOWN;
        Value given = args.keyword("activation") == null ? new Literal(null) : args.evaluator().eval(args.keyword("activation"), args.context());
        if (!(given instanceof Literal l) || !(l.value() == null || l.value() instanceof String)) return Value.UNKNOWN;
        String activation = l.value() == null ? "linear" : (String) l.value();
        if (!List.of("linear", "softmax", "sigmoid").contains(activation)) return Value.UNKNOWN;
        int units = args.evaluator().integer(args.keyword("num_classes"), args.context());
        String shown = name.substring(name.indexOf(".models.") + ".models.".length()) + (l.value() == null ? "" : "(activation=\"" + activation + "\")");
        Node at = args.keyword("activation") == null ? call : args.keyword("activation"); // the finding's place: the activation argument, when given
        Value.Tensor out = new Value.Tensor(activation, units, at.place(), shown, null, List.of(shown));
        return new Value.KerasModel(out, List.of(), Map.of());
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
