package dev.lossadvisor.engine.python.eval;

import java.util.Map;

/** Activation names as the fact model spells them, from the many ways Python code applies them. */
final class Activations {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("softmax", "softmax"), Map.entry("log_softmax", "log_softmax"), Map.entry("sigmoid", "sigmoid"),
            Map.entry("tanh", "tanh"), Map.entry("relu", "relu"), Map.entry("softplus", "softplus"), Map.entry("linear", "linear"),
            Map.entry("expit", "sigmoid"), // torch.special.expit is the logistic sigmoid
            Map.entry("logsigmoid", "log_sigmoid"), Map.entry("log_sigmoid", "log_sigmoid"), Map.entry("LogSigmoid", "log_sigmoid"),
            // torch.nn module classes
            Map.entry("Softmax", "softmax"), Map.entry("LogSoftmax", "log_softmax"), Map.entry("Sigmoid", "sigmoid"),
            Map.entry("Tanh", "tanh"), Map.entry("ReLU", "relu"), Map.entry("Softplus", "softplus"), Map.entry("Identity", "linear"),
            Map.entry("Softmax2d", "softmax")); // a softmax over the channels of an (N, C, H, W) map

    private Activations() {}

    /** x.softmax(dim=1), x.sigmoid(): the tensor methods that apply an activation. */
    static String ofTensorMethod(String method) {
        return switch (method) {
            case "softmax", "log_softmax", "sigmoid", "tanh", "relu" -> method;
            default -> null;
        };
    }

    /**
     * The activation a library function applies by its qualified name ({@code torch.nn.functional.softmax},
     * {@code tensorflow.nn.sigmoid}), or null: a class ({@code nn.Softmax}) is made, not applied, when called.
     */
    static String ofFunction(String qualified) {
        String last = qualified.substring(qualified.lastIndexOf('.') + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) ? of(last) : null;
    }

    /** An activation name (Keras strings, function names, torch.nn classes), or null for one the rules do not know. */
    static String of(String name) {
        return NAMES.get(name);
    }
}
