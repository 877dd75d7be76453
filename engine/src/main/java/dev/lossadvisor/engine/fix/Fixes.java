package dev.lossadvisor.engine.fix;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits that remove a finding on a Python flow, computed from the flow's places (where the output is made, the
 * loss built, the loss called) and a re-read of the lines they point at. A line that does not read as expected gets no
 * fix. Whether a fix is safe is decided by {@link Uses}; {@link Fixer} verifies every fix by linting the result.
 */
public final class Fixes {
    /** Keras loss names as strings, and the class that takes from_logits. */
    private static final Map<String, String> KERAS_CLASSES = Map.of("binary_crossentropy", "BinaryCrossentropy",
            "categorical_crossentropy", "CategoricalCrossentropy", "sparse_categorical_crossentropy", "SparseCategoricalCrossentropy",
            "binary_focal_crossentropy", "BinaryFocalCrossentropy", "categorical_focal_crossentropy", "CategoricalFocalCrossentropy");
    private static final Pattern ACTIVATION_ARG = Pattern.compile("activation\\s*=\\s*['\"](softmax|sigmoid)['\"]");
    private static final Pattern METHOD = Pattern.compile("\\.(softmax|sigmoid)\\s*\\(");

    private Fixes() {}

    /** The fixes for a finding on a flow of {@code d} (empty for a finding that has none), given the project's texts by shown name. */
    public static List<Fix> of(Finding f, ModelDescription d, Map<String, String> texts) {
        List<Fix> out = new ArrayList<>();
        boolean keras = "keras".equals(d.framework());
        switch (f.rule()) {
            case "probabilities-to-logits-loss" -> dropActivation(f.rule(), d, texts, keras).ifPresent(out::add);
            case "nll-without-log-softmax" -> {
                if (d.output() != null && "linear".equals(d.output().activation())) {
                    renameLoss(f.rule(), d, texts, Map.of("NLLLoss", "CrossEntropyLoss", "nll_loss", "cross_entropy"),
                            "Use CrossEntropyLoss (it applies log-softmax to the raw scores)").ifPresent(out::add);
                } else {
                    logSoftmax(f.rule(), d, texts).ifPresent(out::add);
                }
            }
            case "logits-to-probability-loss" -> {
                if (keras) fromLogits(f.rule(), d, texts).ifPresent(out::add);
                else renameLoss(f.rule(), d, texts, Map.of("BCELoss", "BCEWithLogitsLoss", "binary_cross_entropy", "binary_cross_entropy_with_logits"),
                        "Use BCEWithLogitsLoss (it applies the sigmoid itself)").ifPresent(out::add);
            }
            default -> { }
        }
        return out;
    }

    /** A comment that silences the rule for this flow, on the finding's own line. */
    public static Optional<Fix> suppress(Finding f, Map<String, String> texts) {
        SourcePlace at = SourcePlace.parse(f.path()).orElse(null);
        if (at == null || !texts.containsKey(at.file())) return Optional.empty();
        String line = new Source(texts.get(at.file())).line(at.line());
        if (line == null) return Optional.empty();
        String comment = "# loss-advisor: ignore[" + f.rule() + "]";
        String after = line.contains(comment) ? line : Source.code(line).stripTrailing() + "  " + comment
                + (Source.code(line).length() < line.length() ? " " + line.substring(Source.code(line).length() + 1).strip() : "");
        return Optional.of(new Fix(f.rule(), "Suppress " + f.rule() + " with a comment", true, List.of(new LineEdit(at.file(), at.line(), line, after))));
    }

    /** The place a description pointer leads to in source, or null. */
    static SourcePlace place(ModelDescription d, String pointer) {
        String p = d.locations().get(pointer);
        return p == null ? null : SourcePlace.parse(p).orElse(null);
    }

    /** Removes the final softmax or sigmoid that feeds a from-logits loss (Keras: the activation of the last layer). */
    private static Optional<Fix> dropActivation(String rule, ModelDescription d, Map<String, String> texts, boolean keras) {
        SourcePlace act = place(d, "/output");
        if (act == null || !texts.containsKey(act.file())) return Optional.empty();
        String line = new Source(texts.get(act.file())).line(act.line());
        if (line == null) return Optional.empty();
        String what = d.output() == null ? "activation" : d.output().activation();
        boolean safe = keras ? noPredictions(texts) : Uses.onlyFeedLoss(d, texts, act);
        String title = "Remove the final " + what + " (the loss applies it itself)";
        Optional<CallText> call = CallText.at(line, act.column() - 1);
        if (call.isPresent() && call.get().callee().startsWith("self.")) {
            // self.act(x) or self.layers(x): the module set in the class decides what goes
            LineEdit e = withoutModule(act, new Source(texts.get(act.file())), call.get());
            return e == null ? Optional.empty() : Optional.of(new Fix(rule, title, safe, List.of(e)));
        }
        String after = withoutActivation(line, act.column() - 1);
        if (after == null) return Optional.empty();
        return Optional.of(new Fix(rule, title, safe, List.of(new LineEdit(act.file(), act.line(), line, after.isBlank() ? null : after))));
    }

    /**
     * For a call of a module attribute: when the attribute is the activation itself ({@code self.softmax = nn.Softmax(1)}),
     * the call gives way to its argument; when it is an {@code nn.Sequential}, its last element (the activation) goes.
     */
    private static LineEdit withoutModule(SourcePlace act, Source src, CallText call) {
        Source.Block cls = src.enclosing(act.line(), true);
        if (cls == null || call.args().size() != 1 || CallText.keyword(call.args().get(0))) return null;
        Pattern assigned = Pattern.compile("^\\s*" + Pattern.quote(call.callee()) + "\\s*=\\s*");
        for (int i = cls.first(); i <= cls.last(); i++) {
            Matcher m = assigned.matcher(src.line(i));
            if (!m.find()) continue;
            String line = src.line(i);
            CallText module = CallText.at(line, m.end()).orElse(null);
            if (module == null && line.substring(m.end()).matches("[\\w.]*Sequential\\s*\\(\\s*")) {
                LineEdit e = lastElementLine(src, i);
                return e == null ? null : new LineEdit(act.file(), e.line(), e.before(), null);
            }
            if (module == null) return null;
            if (module.name().equals("Softmax") || module.name().equals("Sigmoid")) {
                return new LineEdit(act.file(), act.line(), call.line(), call.replacedBy(call.args().get(0)));
            }
            if (!module.name().equals("Sequential") || module.args().isEmpty()) return null;
            String last = module.args().get(module.args().size() - 1);
            CallText element = CallText.at(line, line.lastIndexOf(last, module.end())).orElse(null);
            if (element == null || !(element.name().equals("Softmax") || element.name().equals("Sigmoid"))) return null;
            String after = withoutElement(line, element);
            return after == null ? null : new LineEdit(act.file(), i, line, after);
        }
        return null;
    }

    /** An nn.Sequential spread over lines, one layer a line: the line of its last layer, when that is the activation. */
    private static LineEdit lastElementLine(Source src, int open) {
        for (int i = open + 1; i <= src.lines.size(); i++) {
            String l = src.line(i).strip();
            if (!l.startsWith(")")) continue;
            for (int j = i - 1; j > open; j--) {
                String e = Source.code(src.line(j)).strip();
                if (e.isEmpty()) continue;
                boolean activation = e.matches("(nn\\.|torch\\.nn\\.)?(Softmax|Sigmoid)\\([^()]*\\),?");
                return activation ? new LineEdit(null, j, src.line(j), null) : null;
            }
            return null;
        }
        return null;
    }

    /** The line without the activation that starts at {@code col}; "" to delete the whole line; null when it does not read as one. */
    static String withoutActivation(String line, int col) {
        Optional<CallText> call = CallText.at(line, col);
        if (call.isPresent()) {
            CallText c = call.get();
            String name = c.name();
            if ((name.equals("softmax") || name.equals("sigmoid")) && !c.callee().startsWith("self.")) {
                String arg = c.firstPositional();
                return arg == null ? null : c.replacedBy(arg);
            }
            if (name.equals("Softmax") || name.equals("Sigmoid") || name.equals("Activation")) return withoutElement(line, c);
            Matcher a = ACTIVATION_ARG.matcher(line.substring(c.open(), c.end()));
            if (a.find()) {
                List<String> kept = c.args().stream().filter(x -> !ACTIVATION_ARG.matcher(x).matches()).toList();
                return c.withArgs(kept);
            }
        }
        // the method form: x.softmax(dim=1) where x starts at col
        Matcher m = METHOD.matcher(line);
        if (m.find(col)) {
            int close = CallText.closing(line, m.end() - 1);
            if (close > 0) return line.substring(0, m.start()) + line.substring(close + 1);
        }
        return null;
    }

    /** A layer removed from the list or call it stands in: its own line deleted, or cut out with its comma. */
    private static String withoutElement(String line, CallText c) {
        String rest = line.substring(c.end()).strip();
        String before = line.substring(0, c.start()).strip();
        if (before.isEmpty() && (rest.isEmpty() || rest.equals(","))) return "";
        // model.add(layers.Activation("softmax")) on a line of its own
        if (before.endsWith(".add(") && rest.equals(")") && Pattern.matches("\\w+\\.add\\(", before)) return "";
        String head = line.substring(0, c.start());
        String tail = line.substring(c.end());
        if (head.stripTrailing().endsWith(",")) return head.substring(0, head.stripTrailing().length() - 1) + tail;
        if (tail.stripLeading().startsWith(",")) return head + tail.stripLeading().substring(1).stripLeading();
        return null;
    }

    /** The softmax that feeds NLLLoss turned into log_softmax. */
    private static Optional<Fix> logSoftmax(String rule, ModelDescription d, Map<String, String> texts) {
        SourcePlace act = place(d, "/output");
        if (act == null || !texts.containsKey(act.file())) return Optional.empty();
        Source src = new Source(texts.get(act.file()));
        String line = src.line(act.line());
        if (line == null) return Optional.empty();
        int col = act.column() - 1;
        String after = null;
        Optional<CallText> call = CallText.at(line, col);
        if (call.isPresent() && call.get().name().equals("softmax") && call.get().callee().contains(".") && !call.get().callee().startsWith("self.")) {
            CallText c = call.get();
            after = line.substring(0, c.start()) + c.callee().substring(0, c.callee().length() - "softmax".length()) + "log_softmax" + line.substring(c.open());
        } else if (call.isPresent() && call.get().name().equals("Softmax")) {
            CallText c = call.get();
            after = line.substring(0, c.start()) + c.callee().substring(0, c.callee().length() - "Softmax".length()) + "LogSoftmax" + line.substring(c.open());
        } else {
            Matcher m = Pattern.compile("\\.softmax\\s*\\(").matcher(line);
            if (call.isEmpty() && m.find(col)) after = line.substring(0, m.start()) + ".log_softmax(" + line.substring(m.end());
        }
        if (after == null) return Optional.empty();
        return Optional.of(new Fix(rule, "Use log_softmax (NLLLoss expects log-probabilities)", Uses.onlyFeedLoss(d, texts, act),
                List.of(new LineEdit(act.file(), act.line(), line, after))));
    }

    /** The loss replaced by its from-logits twin, where it is spelt through its module (nn.X, F.x). */
    private static Optional<Fix> renameLoss(String rule, ModelDescription d, Map<String, String> texts, Map<String, String> names, String title) {
        SourcePlace loss = place(d, "/loss");
        if (loss == null || !texts.containsKey(loss.file())) return Optional.empty();
        String line = new Source(texts.get(loss.file())).line(loss.line());
        Optional<CallText> call = line == null ? Optional.empty() : CallText.at(line, loss.column() - 1);
        if (call.isEmpty() || !call.get().callee().contains(".") || !names.containsKey(call.get().name())) return Optional.empty();
        CallText c = call.get();
        String callee = c.callee().substring(0, c.callee().length() - c.name().length()) + names.get(c.name());
        return Optional.of(new Fix(rule, title, true, List.of(new LineEdit(loss.file(), loss.line(), line, line.substring(0, c.start()) + callee + line.substring(c.open())))));
    }

    /** Keras: tell the loss it receives logits (a loss object gets from_logits=True; a loss name becomes that object). */
    private static Optional<Fix> fromLogits(String rule, ModelDescription d, Map<String, String> texts) {
        SourcePlace loss = place(d, "/loss");
        if (loss == null || !texts.containsKey(loss.file())) return Optional.empty();
        String text = texts.get(loss.file());
        String line = new Source(text).line(loss.line());
        if (line == null) return Optional.empty();
        int col = loss.column() - 1;
        String after = null;
        Optional<CallText> call = CallText.at(line, col);
        if (call.isPresent()) {
            List<String> args = new ArrayList<>(call.get().args().stream().filter(a -> !a.replace(" ", "").startsWith("from_logits=")).toList());
            args.add("from_logits=True");
            after = call.get().withArgs(args);
        } else if (col < line.length() && (line.charAt(col) == '"' || line.charAt(col) == '\'')) {
            int close = line.indexOf(line.charAt(col), col + 1);
            String cls = close < 0 ? null : KERAS_CLASSES.get(line.substring(col + 1, close));
            String module = kerasLosses(text);
            if (cls != null && module != null) after = line.substring(0, col) + module + cls + "(from_logits=True)" + line.substring(close + 1);
        }
        if (after == null) return Optional.empty();
        return Optional.of(new Fix(rule, "Set from_logits=True (the last layer is linear)", true, List.of(new LineEdit(loss.file(), loss.line(), line, after))));
    }

    /** How the file reaches Keras's losses: keras.losses. or tf.keras.losses., or null when it imports neither. */
    private static String kerasLosses(String text) {
        if (Pattern.compile("(?m)^\\s*(import keras\\b|from tensorflow import keras\\b)").matcher(text).find()) return "keras.losses.";
        if (Pattern.compile("(?m)^\\s*import tensorflow as tf\\b").matcher(text).find()) return "tf.keras.losses.";
        return null;
    }

    /** A Keras model whose outputs nobody reads: no predict() or call of a model in the project. */
    private static boolean noPredictions(Map<String, String> texts) {
        Pattern use = Pattern.compile("\\.predict(_on_batch)?\\s*\\(|\\bmodel\\s*\\(");
        return texts.values().stream().noneMatch(t -> use.matcher(t).find());
    }
}
