package dev.lossadvisor.engine.input;

import dev.lossadvisor.facts.FileContents;
import java.util.List;
import java.util.Map;

/**
 * A model description, read from Loss Advisor JSON or from a model file, after validation and normalisation.
 * Sample data, when given, has already been inspected in the same pass that read it.
 *
 * @param task      normalised task kind, or null
 * @param output    the final layer, or null when the file holds none that Loss Advisor can read (weights only, custom head)
 * @param loss      the loss, or null when the file recorded none
 * @param labels    declared label format and classes, or null
 * @param samples   sample outputs and labels with their statistics, or null
 * @param suppressions rules silenced for this description (rule as written: code or name)
 * @param head      the output's name in a model with several outputs, else null
 * @param metrics   metrics the model was compiled with, as written
 * @param contents  what the file held
 * @param locations where the description's fields came from in the file: a description pointer prefix
 *                  ("/output", "/loss") to the file's own pointer, for findings that point into the file
 */
public record ModelDescription(String name, String framework, String task, OutputSpec output, LossSpec loss,
                               LabelSpec labels, Samples samples, List<Suppression> suppressions,
                               String head, List<String> metrics, FileContents contents, Map<String, String> locations) {

    /** A hand-written description: everything present, fields located where they stand. */
    public ModelDescription(String name, String framework, String task, OutputSpec output, LossSpec loss,
                            LabelSpec labels, Samples samples, List<Suppression> suppressions) {
        this(name, framework, task, output, loss, labels, samples, suppressions, null, List.of(), FileContents.DESCRIPTION, Map.of());
    }

    /** The same model with what the user supplied for a file that lacks it (--loss, --task, config entries). */
    public ModelDescription supplemented(String task, LossSpec loss) {
        boolean lossGiven = this.loss == null && loss != null;
        FileContents c = lossGiven ? new FileContents(contents.architecture(), true, contents.unknownHead(), contents.format(), null) : contents;
        return new ModelDescription(name, framework, this.task == null ? task : this.task, output, this.loss == null ? loss : this.loss,
                labels, samples, suppressions, head, metrics, c, locations);
    }

    /**
     * The file location of a description pointer, or the pointer itself when the file has no such place. A place in
     * source code (file:line:column) is the place itself; a pointer into a model file's JSON keeps the rest of the path.
     */
    public String locate(String pointer) {
        if (locations.isEmpty()) return pointer; // a hand-written description: no regular expression per finding
        if (SOURCE_PLACE.matcher(pointer).matches()) return pointer; // a rule that names its own place (a suppression comment)
        String key = null;
        for (String k : locations.keySet()) {
            boolean matches = pointer.equals(k) || pointer.startsWith(k + "/") || k.isEmpty();
            if (matches && (key == null || k.length() > key.length())) key = k; // the most specific place wins
        }
        if (key == null) return pointer;
        String place = locations.get(key);
        return SOURCE_PLACE.matcher(place).matches() ? place : place + pointer.substring(key.length());
    }

    private static final java.util.regex.Pattern SOURCE_PLACE = java.util.regex.Pattern.compile(".+:(cell \\d+:)?\\d+:\\d+");

    /**
     * A rule this description silences, and why; the reason is required.
     *
     * @param rule  a rule's code or name as written, or {@link #ALL} for a bare "# noqa"
     * @param place where the suppression is written in source code ("file:line:column"), or null in a description
     */
    public record Suppression(String rule, String reason, String place) {
        public static final String ALL = "*";

        public Suppression(String rule, String reason) {
            this(rule, reason, null);
        }
    }

    /** The same model with its source places (in locations, name, head and suppressions) rewritten, as a notebook's cells show them. */
    public ModelDescription withPlaces(java.util.function.UnaryOperator<String> relocate) {
        Map<String, String> moved = new java.util.LinkedHashMap<>();
        locations.forEach((k, v) -> moved.put(k, relocate.apply(v)));
        List<Suppression> s = suppressions.stream().map(x -> x.place() == null ? x : new Suppression(x.rule(), x.reason(), relocate.apply(x.place()))).toList();
        return new ModelDescription(relocate.apply(name), framework, task, output, loss, labels, samples, s, relocate.apply(head), metrics, contents,
                Map.copyOf(moved));
    }

    /** The same model silencing these rules instead. */
    public ModelDescription withSuppressions(List<Suppression> list) {
        return new ModelDescription(name, framework, task, output, loss, labels, samples, List.copyOf(list), head, metrics, contents, locations);
    }

    /**
     * The final layer, how many times in a row its activation is applied (2: a sigmoid of a sigmoid in source code), and
     * the axis its softmax normalises when the code names the batch axis (0), else -1, and, when the unit count is unknown
     * because its candidates differ, the count every candidate has at least (else 0), and the activation the final one is
     * applied over when source code shows one that changes what it gives ("log_softmax": a sigmoid of log-probabilities), else "".
     */
    public record OutputSpec(int units, String activation, int times, int axis, int atLeast, String over) {
        public OutputSpec(int units, String activation, int times, int axis, int atLeast) {
            this(units, activation, times, axis, atLeast, "");
        }

        public OutputSpec(int units, String activation, int times, int axis) {
            this(units, activation, times, axis, 0);
        }

        public OutputSpec(int units, String activation) {
            this(units, activation, 1);
        }

        public OutputSpec(int units, String activation, int times) {
            this(units, activation, times, -1);
        }
    }

    /** The loss as written, with its options (from_logits among them). */
    public record LossSpec(String name, LossOptions options) {
        public static LossSpec named(String name) {
            return new LossSpec(name, LossOptions.NONE);
        }

        /** from_logits as written; null when not given. */
        public Boolean fromLogits() {
            return options.has("from_logits") ? options.flag("from_logits", false) : null;
        }
    }

    /** Declared label format (binary, float, one_hot, integer, multi_hot, signed, continuous) and classes (0 = unknown). */
    public record LabelSpec(String format, int numClasses) {}
}
