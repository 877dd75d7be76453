package dev.lossadvisor.engine.python.flow;

import dev.lossadvisor.engine.catalog.LossCatalog;
import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.input.ModelDescription.LabelSpec;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.engine.input.ModelDescription.OutputSpec;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import dev.lossadvisor.engine.python.eval.Args;
import dev.lossadvisor.engine.python.eval.CallPaths;
import dev.lossadvisor.engine.python.eval.Context;
import dev.lossadvisor.engine.python.eval.Evaluator;
import dev.lossadvisor.engine.python.eval.DictLoops;
import dev.lossadvisor.engine.python.eval.ListLoops;
import dev.lossadvisor.engine.python.eval.Guards;
import dev.lossadvisor.engine.python.eval.Options;
import dev.lossadvisor.engine.python.eval.Value;
import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.eval.Value.KerasModel;
import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.CallText;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import dev.lossadvisor.facts.FileContents;
import dev.lossadvisor.facts.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Where a model's output meets a loss: every call of the loss files whose callee evaluates to a loss (a loss object,
 * a functional loss, a custom Keras loss wrapping a built-in one) or is a Keras compile. The value the loss is given
 * becomes one model description, with the activation's place and the loss call's place as its two ends.
 */
public final class LossFlows {
    private static final List<String> FUNCTIONAL = List.of("cross_entropy", "nll_loss", "binary_cross_entropy_with_logits", "binary_cross_entropy",
            "mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss", "kl_div", "ctc_loss", "poisson_nll_loss", "gaussian_nll_loss",
            "multi_margin_loss", "multilabel_margin_loss", "multilabel_soft_margin_loss", "soft_margin_loss", "hinge_embedding_loss",
            "cosine_embedding_loss", "margin_ranking_loss", "triplet_margin_loss", "sigmoid_focal_loss");
    /** The options torch's functional losses take by place after (input, target), as torch 1.13 to 2.x declare them. */
    private static final Map<String, List<String>> OPTIONS_BY_PLACE = Map.of(
            "cross_entropy", List.of("weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing"),
            "nll_loss", List.of("weight", "size_average", "ignore_index", "reduce", "reduction"),
            "binary_cross_entropy", List.of("weight", "size_average", "reduce", "reduction"),
            "binary_cross_entropy_with_logits", List.of("weight", "size_average", "reduce", "reduction", "pos_weight"),
            "kl_div", List.of("size_average", "reduce", "reduction", "log_target"),
            "mse_loss", List.of("size_average", "reduce", "reduction"));
    private static final Set<String> TORCH_FUNCTIONAL = Set.of("torch.nn.functional", "torch", "F", "nn.functional", "torchvision.ops",
            "torchvision.ops.focal_loss");
    /**
     * TensorFlow's losses on logits, as the Keras losses that call them with from_logits=True (Keras's
     * categorical_crossentropy(from_logits=True) is tf.nn.softmax_cross_entropy_with_logits), so the catalogue's
     * entries and golden cases cover them.
     */
    private static final Map<String, String> TF_NN = Map.of("softmax_cross_entropy_with_logits", "categorical_crossentropy",
            "softmax_cross_entropy_with_logits_v2", "categorical_crossentropy", "sparse_softmax_cross_entropy_with_logits",
            "sparse_categorical_crossentropy", "sigmoid_cross_entropy_with_logits", "binary_crossentropy",
            "weighted_cross_entropy_with_logits", "binary_crossentropy"); // the sigmoid one with a pos_weight
    /**
     * optax's losses on logits, (logits, labels), as the Keras losses with from_logits=True they match (its focal loss
     * weighs by alpha when given, so no option of Keras's, which does not, is passed on).
     */
    private static final Map<String, String> OPTAX = Map.of("softmax_cross_entropy", "categorical_crossentropy",
            "softmax_cross_entropy_with_integer_labels", "sparse_categorical_crossentropy", "sigmoid_binary_cross_entropy", "binary_crossentropy",
            "sigmoid_focal_loss", "binary_focal_crossentropy");
    /**
     * TensorFlow Probability's distributions made from logits=: their log_prob is minus the Keras loss on logits they
     * match (Categorical(logits=z).log_prob(a) is -sparse_categorical_crossentropy(a, z, from_logits=True)).
     */
    private static final Map<String, String> DISTRIBUTIONS = Map.of("Categorical", "sparse_categorical_crossentropy", "OneHotCategorical",
            "categorical_crossentropy", "Bernoulli", "binary_crossentropy");
    /** torch.distributions' distributions made from logits=, as the functional losses on logits their log_prob is minus of. */
    private static final Map<String, String> TORCH_DISTRIBUTIONS = Map.of("Categorical", "cross_entropy", "OneHotCategorical", "cross_entropy",
            "Bernoulli", "binary_cross_entropy_with_logits");
    /** The functions of tf.losses that TF 2 (keras.losses) and TF 1 both have with the same meaning; TF 1's others (hinge_loss) differ. */
    private static final Set<String> TF_LOSSES = Set.of("binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy",
            "mean_squared_error", "mean_absolute_error");
    /** Methods of a compiled Keras model that run or keep it without its loss: inference and persistence. */
    private static final Set<String> LOSSLESS = Set.of("predict", "predict_on_batch", "save", "save_weights", "load_weights", "summary", "to_json",
            "get_weights", "set_weights", "get_layer", "count_params", "get_config");
    /** What a model's attributes read without a call hold: its structure, never a loss (model.layers[i].get_weights()). */
    private static final Set<String> STRUCTURE = Set.of("layers", "input", "output", "inputs", "outputs", "weights", "trainable_weights",
            "non_trainable_weights", "name", "input_shape", "output_shape");
    /** TF 1's keywords of tf.losses.mean_squared_error(labels, predictions, weights, scope, loss_collection, reduction), not options of Keras's. */
    private static final Set<String> TF1_KEYWORDS = Set.of("weights", "scope", "loss_collection", "reduction");
    /** The Keras backend's cross-entropies, (target, output, from_logits) since Keras 2. */
    private static final Set<String> KERAS_BACKEND_LOSSES = Set.of("binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy");
    /** tflearn's objectives by name, as the Keras losses they compute. */
    private static final Map<String, LossSpec> TFLEARN = Map.of("categorical_crossentropy", new LossSpec("categorical_crossentropy", LossOptions.NONE),
            "softmax_categorical_crossentropy", new LossSpec("categorical_crossentropy", new LossOptions(Map.of("from_logits", true))),
            "binary_crossentropy", new LossSpec("binary_crossentropy", new LossOptions(Map.of("from_logits", true))),
            "weighted_crossentropy", new LossSpec("binary_crossentropy", new LossOptions(Map.of("from_logits", true))),
            "mean_square", new LossSpec("mean_squared_error", LossOptions.NONE));
    /** TensorFlow 1's tf.losses on logits (onehot_labels or labels first, logits second), as the Keras losses they match. */
    private static final Map<String, String> TF1_LOSSES = Map.of("softmax_cross_entropy", "categorical_crossentropy", "sparse_softmax_cross_entropy",
            "sparse_categorical_crossentropy", "sigmoid_cross_entropy", "binary_crossentropy");
    /** torch's log_softmax functions, which a hand-written cross-entropy applies to its input. */
    private static final Set<String> TORCH_LOG_SOFTMAX = Set.of("torch.nn.functional.log_softmax", "torch.log_softmax");
    /** The modules whose log_softmax a hand-written cross-entropy applies to the model's output. */
    private static final Set<String> LOG_SOFTMAX = Set.of("tensorflow.nn", "tensorflow.math", "keras.ops", "keras.activations", "tensorflow.keras.activations");
    /** skorch's nets, whose fit() calls their criterion on their module's output (and project classes named after them). */
    private static final List<String> SKORCH = List.of("NeuralNet", "NeuralNetClassifier", "NeuralNetBinaryClassifier", "NeuralNetRegressor");
    /** The callees' last names a loss call may have: a loss class, a criterion or loss object, a skorch net, a functional loss, a compile. */
    private static final List<String> LOSS_SUFFIXES = suffixes();
    private static final Set<String> LOSS_NAMES = names();
    /** Steps to decide whether a call is a loss call, and to follow one loss call's input and target. */
    private static final int CALLEE_BUDGET = 2_000;
    private static final int FLOW_BUDGET = 20_000;
    /** Steps for all the runs of one loss call with options pinned (see {@link #lossCall}). */
    private static final int PINNED_BUDGET = 10 * FLOW_BUDGET;

    /** A flow, charged to the file of the loss call. */
    public record Found(Path file, ModelDescription description) {}

    /**
     * The source weight (chars, see {@link Project#holding}) of the trees kept between loss files: past it, the trees
     * and the evaluator's caches are dropped and the next files parsed afresh, so memory stays bounded in a tree of any
     * size while a project of ordinary size (Debian's torch tree holds 15 MB) is parsed once.
     */
    private static final long HELD_CHARS = 16L << 20;
    /** Loss files parsed together, on every core, before their calls are evaluated. */
    private static final int BATCH = 256;

    private final Project project;
    private Evaluator evaluator;
    private final List<Found> found = new ArrayList<>();
    /** Told the file of each flow as it is found (the command line starts building the rule base its description needs). */
    private final java.util.function.Consumer<Path> onFound;
    private final Set<String> seen = new HashSet<>();
    /** Custom losses read from a log_softmax of y_pred: the labels the fit gives say nothing of what their body makes of them. */
    private final Set<Loss> ownLabels = new HashSet<>();
    /** Where the target of the loss call being emitted is made, when the code shows what its labels are. */
    private SourcePlace targetPlace;
    /** Where each caller of a compiling builder made the labels it fits with, when they agree (targetPlace is one of them). */
    private List<SourcePlace> builderTargetPlaces = List.of();
    /** What each loss takes (its labels), from the rules module's catalog. */
    private static final LossCatalog CATALOG = LossCatalog.load();
    /** True when those labels are known only by their column's name (df["label"]): class indices for a softmax output only. */
    private boolean labelsByName;
    /** The call a loss call is followed from, when it is followed once per call path of its function; else null. */
    private SourcePlace entry;
    /** The subclass a base class's loss call is followed for (its class statement), or null. */
    private Value.ClassDef subclass;
    /** The option a loss call is followed again with at another value than its default, or null. */
    private Options.Pin option;
    /**
     * The heads the default run of a loss call reaches: a run with an option at another value reports only a head of its
     * own (the option picks the network, as {@code --model Transformer}); an option that only picks the loss among a menu
     * (--loss nll) is often meant with other options one pinned run does not change (another dataset, another width).
     */
    private final Set<SourcePlace> heads = new HashSet<>();
    /** The places reported in that run, forgotten when the run turns out to be one the code rejects. */
    private final List<String> pinnedKeys = new ArrayList<>();

    public LossFlows(Project project, java.util.function.Consumer<Path> onFound) {
        this.project = project;
        this.evaluator = new Evaluator(project);
        this.onFound = onFound;
    }

    /**
     * Whether a file is worth parsing for loss calls: a script that speaks of a loss, or a bigger file that calls one (a
     * loss class, a functional loss, a criterion, a compile). A script that steps an optimiser on a backward pass
     * computes a loss whatever it names it ({@code err = objective(net(x), y); err.backward(); opt.step()}), as does a
     * TensorFlow graph minimising a cost with a log in it, and so do
     * a sum over one-hot rows, a distribution's log_prob (a policy's or a decoder's, see {@link #distribution}) and a model
     * handed to a training loop with a default loss (skada's, see {@link TrainingLoops}); library
     * code mentions backward() in its docs but steps no optimiser. Others are read, and parsed only when an import or a
     * call site leads to them. The text only decides what to parse; what a name is comes from the trees.
     */
    public static boolean mayHoldLoss(String text) {
        if (text.length() <= Project.WHOLE_PARSE_CHARS && (text.contains("loss") || text.contains("Loss") || text.contains("criterion")
                || text.contains(".backward(") && text.contains(".step(") || minimisedLog(text) || text.contains(".log_prob(") || madeFromLogits(text)
                || handWrittenNll(text) || TrainingLoops.mayTrain(text))) return true;
        return !CallText.find(text, LOSS_SUFFIXES, LOSS_NAMES, 1, (start, end) -> mayTakeLoss(text, start, end)).isEmpty();
    }

    /** A TensorFlow graph that may minimise a log-likelihood it writes by hand under any name (GA3C's cost_p, see {@link #handWrittenCrossEntropy}). */
    private static boolean minimisedLog(String text) {
        return text.contains("log(") && (text.contains(".minimize(") || text.contains(".compute_gradients("));
    }

    /** A file that may negate a sum over one-hot rows (see {@link #handWrittenLikelihood}) under any name (token_nll). */
    private static boolean handWrittenNll(String text) {
        return (text.contains("one_hot") || text.contains("onehot")) && (text.contains("sum(") || text.contains(".sum"));
    }

    /**
     * A distribution made from logits in a file whose log_prob is taken elsewhere (a policy's dist(obs) method): logits=,
     * or tfp's first positional argument, which is its logits (Categorical(probs) reads the probabilities as logits).
     */
    private static boolean madeFromLogits(String text) {
        boolean tfp = text.contains("tensorflow_probability");
        return DISTRIBUTIONS.keySet().stream().anyMatch(d -> text.contains(d + "(logits=") || tfp && text.contains(d + "("));
    }

    /** Char offsets of the calls a big file is parsed around (loss constructions, functional losses, compiles, loss objects). */
    public static List<Integer> lossCalls(String text) {
        return CallText.find(text, LOSS_SUFFIXES, LOSS_NAMES, Integer.MAX_VALUE, (start, end) -> mayTakeLoss(text, start, end));
    }

    /**
     * False for the compiles that take no loss: the builtin compile(source, ...) and re.compile(pattern) (a Keras
     * compile is a method of a model, see {@link #compile}); in library code these are most of the "compile" calls.
     */
    private static boolean mayTakeLoss(String text, int start, int end) {
        if (!text.startsWith("compile", end - "compile".length())) return true;
        int receiver = end - "compile".length() - 1;
        return receiver > start && !(receiver - start == 2 && text.startsWith("re", start));
    }

    private static List<String> suffixes() {
        List<String> suffixes = new ArrayList<>(List.of("Loss", "loss", "criterion"));
        suffixes.addAll(SKORCH);
        return List.copyOf(suffixes);
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(FUNCTIONAL);
        names.addAll(TF_NN.keySet());
        names.addAll(TF1_LOSSES.keySet());
        names.addAll(OPTAX.keySet());
        names.add("compile");
        return Set.copyOf(names);
    }

    /** The steps the analysis's evaluator and those made from it have taken (see {@link Evaluator#spent}). */
    public long spent() {
        return evaluator.spent();
    }

    /** The flows of the candidate files, in their order: parsed a batch at a time, evaluated, dropped when too many are held. */
    public List<Found> find(List<Path> candidates) {
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Path> batch = new ArrayList<>(candidates.subList(from, Math.min(candidates.size(), from + BATCH)));
            batch.sort(java.util.Comparator.comparingInt((Path f) -> project.text(f) == null ? 0 : project.text(f).length()).reversed());
            dev.lossadvisor.engine.python.semantic.Parallel.each(batch, project::file); // the biggest first, so no core waits on the last giant
            for (Path f : candidates.subList(from, Math.min(candidates.size(), from + BATCH))) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
                SourceFile s = project.file(f);
                if (s != null) calls(s);
            }
            if (project.holding() > HELD_CHARS) {
                project.release();
                evaluator = new Evaluator(project); // its caches hold values from the dropped trees
                dev.lossadvisor.engine.python.syntax.PythonParser.collect();
            }
        }
        return found;
    }

    private void calls(SourceFile f) {
        boolean library = f.tree().source().bytes() > Project.WHOLE_PARSE_CHARS;
        for (Tree.Call call : f.tree().calls()) {
            if (library && !lossLike(call.name())) continue;
            Node args = call.node().field("arguments");
            if (args == null) continue;
            if (SUMS.contains(call.name())) handWrittenLikelihood(f, call.node());
            if (call.name().equals("compile")) compile(f, call.node());
            else if (call.name().startsWith("Keras")) wrapped(f, call.node());
            else if (DISTRIBUTIONS.containsKey(call.name())) distribution(f, call.node());
            else if (call.name().equals("regression")) tflearnRegression(f, call.node());
            else if (call.name().equals("log") && args.named().size() <= 1) handWrittenCrossEntropy(f, call.node());
            // a loss takes two arguments; one *inputs splat may hand it both (def __call__(self, *inputs): return self.fn(*inputs))
            else if (args.named().size() >= 2 && !text(args.named().get(0)) || args.named().size() == 1 && args.named().get(0).is("list_splat")) lossCall(f, call.node());
        }
    }

    /**
     * tfp.distributions.Categorical(logits=policy(obs)), torch.distributions.Bernoulli(logits=decoder(z)): the logits
     * keyword's flow into the loss on logits the distribution's log_prob is. tfp's distributions take logits first
     * (Categorical(logits=None, probs=None)), so Categorical(policy(obs)) gives logits too; torch's take probs first.
     */
    private void distribution(SourceFile f, Node call) {
        Context at = Context.at(f.scopeOf(call), call.start());
        evaluator.budget(CALLEE_BUDGET);
        if (!(evaluator.eval(call.field("function"), at) instanceof Lib l)) return;
        boolean tfp = l.name().startsWith("tensorflow_probability.") && l.name().contains(".distributions.");
        if (!tfp && !l.name().startsWith("torch.distributions.")) return;
        String last = l.name().substring(l.name().lastIndexOf('.') + 1);
        if (!DISTRIBUTIONS.containsKey(last)) return;
        Args args = evaluator.arguments(call, at);
        Node logits = tfp ? args.node(0, "logits") : args.keyword("logits");
        if (logits == null) return;
        evaluator.budget(FLOW_BUDGET);
        Value flow = evaluator.eval(logits, at);
        // logits=log_softmax(z): tfp and torch.distributions document logits as log-probabilities, normalised or not, so
        // that is no redundant layer
        if (flow instanceof Tensor t && t.activation().equals("log_softmax")) return;
        if (tfp) emit(f, flow, "keras", new LossSpec(DISTRIBUTIONS.get(last), new LossOptions(Map.of("from_logits", true))),
                "tfd." + last + "(logits=...)", call.place(), call.place(), List.of(), null);
        else emit(f, flow, "pytorch", new LossSpec(TORCH_DISTRIBUTIONS.get(last), LossOptions.NONE), "torch.distributions." + last + "(logits=...)",
                call.place(), call.place(), List.of(), null);
    }

    /**
     * A cross-entropy written by hand, {@code -(y_onehot * torch.log(p)).sum(1).mean()}: the log of what the model gives,
     * multiplied by one-hot rows (or a mix of them), is the categorical cross-entropy on probabilities Keras computes, so
     * its input must be probabilities; raw scores (the log of a negative number is NaN) or log_softmax (a log taken twice)
     * are not. The one-hot rows must be known as such; a log times anything else is not read, nor the log of sigmoids (the
     * first term of a binary cross-entropy per column written out). The log of the probability a softmax gives the class
     * each row took ({@code tf.log(tf.reduce_sum(policy * actions, 1))}, see {@link Value.Picked}) is the same
     * cross-entropy, also weighted (a policy gradient's {@code log_prob * advantage}) or negated.
     */
    private void handWrittenCrossEntropy(SourceFile f, Node call) {
        Node term = call;
        while (term.parent() != null && term.parent().is("parenthesized_expression")) term = term.parent();
        Node product = term.parent();
        boolean weighted = product != null && product.is("binary_operator") && product.field("operator") != null && product.field("operator").text().equals("*");
        if (!weighted && !negated(call)) return;
        Context at = Context.at(f.scopeOf(call), call.start());
        evaluator.budget(CALLEE_BUDGET);
        Node fn = call.field("function");
        Value callee = evaluator.eval(fn, at);
        Node input;
        String keyword = callee instanceof Lib l ? HAND_LOGS.get(l.name()) : null;
        if (keyword != null) input = evaluator.arguments(call, at).node(0, keyword);
        else if (fn.is("attribute") && call.field("arguments").named().isEmpty()) input = fn.field("object"); // p.log()
        else return;
        if (input == null) return;
        evaluator.budget(FLOW_BUDGET);
        String log = callee instanceof Lib l ? l.name().replace("tensorflow.", "tf.").replace("jax.numpy.", "jnp.") : ".log()";
        Node other = !weighted ? null : product.field("left").equals(term) ? product.field("right") : product.field("left");
        if (other != null && binaryPartner(product, other, input) != null) {
            Value p = evaluator.eval(input, at);
            emit(f, p instanceof Tensor ? p : evaluator.eval(core(input), at), "keras", new LossSpec("binary_crossentropy", LossOptions.NONE),
                    "a binary cross-entropy written by hand (y * log(p) + (1 - y) * log(1 - p))", call.place(), call.place(), List.of(), null);
            return;
        }
        if (other == null || !(evaluator.eval(other, at) instanceof Labels rows) || !Set.of("one_hot", "mixed_one_hot").contains(rows.kind())) {
            if (evaluator.eval(input, at) instanceof Value.Picked picked) {
                emit(f, picked.of(), "keras", new LossSpec("categorical_crossentropy", LossOptions.NONE),
                        "a cross-entropy written by hand (" + log + " of the probability picked by label rows)", call.place(), call.place(), List.of(), null);
            }
            return;
        }
        Value flow = evaluator.eval(input, at);
        // y * log(sigmoid(z)) + (1 - y) * log(1 - sigmoid(z)): a binary cross-entropy per column starts the same way
        if (!(flow instanceof Tensor t) || t.base().equals("sigmoid")) return;
        emit(f, flow, "keras", new LossSpec("categorical_crossentropy", LossOptions.NONE),
                "a cross-entropy written by hand (one-hot rows * " + log + ")", call.place(), call.place(), List.of(), null);
    }

    /**
     * {@code y * log(p) + (1 - y) * log(1 - p)}: the term that completes {@code factor * log(input)} (the product) into a
     * binary cross-entropy on probabilities, whatever y is (the form says it), or null. A small constant added inside a log
     * ({@code log(p + 1e-7)}, {@code log(1 - p + eps)}) is allowed.
     */
    private static Node binaryPartner(Node product, Node factor, Node input) {
        Node term = product;
        while (term.parent() != null && term.parent().is("parenthesized_expression")) term = term.parent();
        Node sum = term.parent();
        if (sum == null || !sum.is("binary_operator") || !sum.field("operator").text().equals("+")) return null;
        Node partner = Node.bare(sum.field("left").equals(term) ? sum.field("right") : sum.field("left"));
        if (!partner.is("binary_operator") || !partner.field("operator").text().equals("*")) return null;
        Node left = Node.bare(partner.field("left")), right = Node.bare(partner.field("right"));
        for (Node[] pair : new Node[][] {{left, right}, {right, left}}) {
            Node log = pair[1];
            List<Node> given = log.is("call") && log.field("arguments") != null ? log.field("arguments").named() : List.of();
            if (complement(pair[0], factor) && calleeName(log).equals("log") && given.size() == 1 && complement(core(given.get(0)), core(input))) return partner;
        }
        return null;
    }

    /** Whether {@code c} is {@code 1 - x}, the same expression as x. */
    private static boolean complement(Node c, Node x) {
        Node n = Node.bare(c);
        if (!n.is("binary_operator") || !n.field("operator").text().equals("-")) return false;
        Node one = Node.bare(n.field("left"));
        return (one.is("integer") || one.is("float")) && Double.parseDouble(one.text()) == 1.0 && Node.bare(n.field("right")).text(" ").equals(Node.bare(x).text(" "));
    }

    /** An expression without a small constant added to it ({@code p + 1e-7}, {@code p + eps}): p. */
    private static Node core(Node n) {
        Node e = Node.bare(n);
        while (e.is("binary_operator") && e.field("operator").text().equals("+") && (Node.bare(e.field("right")).is("float") || Node.bare(e.field("right")).is("identifier"))) {
            e = Node.bare(e.field("left"));
        }
        return e;
    }

    /** The log functions a hand-written cross-entropy takes of the model's probabilities, by the keyword of their input. */
    private static final Map<String, String> HAND_LOGS = Map.of("torch.log", "input", "tensorflow.math.log", "x", "tensorflow.log", "x",
            "tensorflow.compat.v1.log", "x", "jax.numpy.log", "x");

    /** The sums and means a negative log-likelihood written by hand is made of (torch/numpy/jax, TensorFlow's reduce_). */
    private static final Set<String> SUMS = Set.of("sum", "reduce_sum");
    private static final Set<String> MEANS = Set.of("mean", "reduce_mean");

    /**
     * A negative log-likelihood written by hand, {@code -jnp.sum(logp * onehot, axis=-1)} or {@code -(onehot * logp).sum(1)}
     * (also under a mean): one-hot rows pick the true class's entry and the minus makes it the loss, which is NLLLoss, so
     * the entries must be log-probabilities (log_softmax); raw scores or probabilities give a loss with no floor. Read only
     * when negated, as a true class's entry summed out is also a metric or a policy-gradient term; a {@code log(...)}
     * factor is the cross-entropy on probabilities above.
     */
    private void handWrittenLikelihood(SourceFile f, Node call) {
        Node fn = call.field("function");
        List<Node> given = call.field("arguments").named();
        Node product = !given.isEmpty() && Node.bare(given.get(0)).is("binary_operator") ? Node.bare(given.get(0))
                : fn.is("attribute") ? Node.bare(fn.field("object")) : null;
        if (product == null || !product.is("binary_operator") || !product.field("operator").text().equals("*") || !negated(call)) return;
        Context at = Context.at(f.scopeOf(call), call.start());
        evaluator.budget(FLOW_BUDGET);
        Node left = Node.bare(product.field("left")), right = Node.bare(product.field("right"));
        Node entries = evaluator.eval(left, at) instanceof Labels rows && Set.of("one_hot", "mixed_one_hot").contains(rows.kind()) ? right
                : evaluator.eval(right, at) instanceof Labels rows && Set.of("one_hot", "mixed_one_hot").contains(rows.kind()) ? left : null;
        if (entries == null || entries.is("call") && calleeName(entries).equals("log")) return;
        Value flow = evaluator.eval(entries, at);
        if (!(flow instanceof Tensor)) return;
        emit(f, flow, "pytorch", new LossSpec("nll_loss", LossOptions.NONE), "a negative log-likelihood written by hand (-sum of one-hot rows * outputs)",
                call.place(), call.place(), List.of(), null);
    }

    /** The last name of a call's callee: sum for jnp.sum(...) and x.sum(); empty for any other callee. */
    private static String calleeName(Node call) {
        Node fn = call.is("call") ? call.field("function") : null;
        return fn == null ? "" : fn.is("identifier") ? fn.text() : fn.is("attribute") ? fn.field("attribute").text() : "";
    }

    /** Whether a sum is negated: {@code -x.sum(1)}, {@code -(x.sum(1))}, or a mean of it negated ({@code -jnp.mean(jnp.sum(...))}). */
    private static boolean negated(Node sum) {
        Node n = sum;
        while (n.parent() != null) {
            Node p = n.parent();
            if (p.is("parenthesized_expression")) n = p;
            else if (p.is("unary_operator")) return p.field("operator") != null && p.field("operator").text().equals("-");
            else if (p.is("argument_list") && p.named().get(0).equals(n) && p.parent() != null && MEANS.contains(calleeName(p.parent()))) n = p.parent();
            else if (p.is("attribute") && p.field("object").equals(n) && p.parent() != null && p.parent().is("call") && MEANS.contains(calleeName(p.parent()))) n = p.parent();
            else return false;
        }
        return false;
    }

    /**
     * tflearn's estimator layer, regression(incoming, placeholder, optimizer, loss='categorical_crossentropy', ...): the
     * network it is given meets the loss its name picks, as the Keras loss of the same meaning (tflearn's
     * categorical_crossentropy normalises probabilities as Keras's does; its binary_crossentropy and weighted_crossentropy
     * take logits, through tf.nn.sigmoid_cross_entropy_with_logits and weighted_cross_entropy_with_logits).
     */
    private void tflearnRegression(SourceFile f, Node call) {
        Context at = Context.at(f.scopeOf(call), call.start());
        evaluator.budget(CALLEE_BUDGET);
        if (!(evaluator.eval(call.field("function"), at) instanceof Lib l) || !l.name().startsWith("tflearn.") || !l.name().endsWith(".regression")) return;
        Args args = evaluator.arguments(call, at);
        Node lossNode = args.node(3, "loss");
        Value loss = lossNode == null ? new Literal("categorical_crossentropy") : evaluator.eval(lossNode, at);
        String name = loss instanceof Literal given && given.value() instanceof String s ? s
                : loss instanceof Lib q && q.name().startsWith("tflearn.objectives.") ? q.name().substring(q.name().lastIndexOf('.') + 1) : null;
        LossSpec spec = name == null ? null : TFLEARN.get(name);
        if (spec == null) return; // a project's own objective, or one with no Keras counterpart (roc_auc_score)
        evaluator.budget(FLOW_BUDGET);
        Value net = args.value(0, "incoming");
        LabelSpec labels = net instanceof Tensor output ? tflearnLabels(f, call, at, output) : null;
        emit(f, net, "keras", spec, "tflearn.regression(loss='" + name + "')", lossNode == null ? call.place() : lossNode.place(),
                call.place(), List.of(), labels);
    }

    /** Whether the one binding a name has at a use is the assignment of {@code value}. */
    private static boolean reads(List<Binding> bound, Node value) {
        return bound.size() == 1 && value.equals(bound.get(0).value()) && bound.get(0).path().isEmpty();
    }

    /**
     * net = tflearn.regression(...); model = tflearn.DNN(net); model.fit(X, Y): the labels of the first fit of a DNN
     * made, in the same scope, from the name the regression's result is bound to; null when there is none.
     */
    private LabelSpec tflearnLabels(SourceFile f, Node regression, Context at, Tensor output) {
        Node assignment = regression.parent();
        Node left = assignment != null && assignment.is("assignment") && regression.equals(assignment.field("right")) ? assignment.field("left") : null;
        if (left == null || !left.is("identifier")) return null;
        for (Tree.Call c : f.tree().calls()) {
            Node dnn = c.node();
            Node model = dnn.parent() != null && dnn.parent().is("assignment") && dnn.equals(dnn.parent().field("right")) ? dnn.parent().field("left") : null;
            List<Node> given = dnn.field("arguments") == null ? List.of() : dnn.field("arguments").named();
            if (!c.name().equals("DNN") || model == null || !model.is("identifier") || dnn.start() < assignment.end() || f.scopeOf(dnn) != at.scope()
                    || given.isEmpty() || !given.get(0).is("identifier") || !given.get(0).text().equals(left.text())
                    || !reads(at.scope().lookup(left.text(), dnn.start()), regression)) continue;
            Context there = Context.at(at.scope(), dnn.start());
            if (evaluator.eval(dnn.field("function"), there) instanceof Lib l && l.name().startsWith("tflearn.")) {
                return fitLabels(f, dnn, model, there, Target.of(null, output, true));
            }
        }
        return null;
    }

    /**
     * A string as the first argument: no loss takes one (its input, or a Keras loss's labels, is a tensor), while
     * str.replace(a, b), dict.get(key, default) and g.op("Pow", x, y), whose callees may take a whole project's call
     * sites to evaluate, do.
     */
    private static boolean text(Node first) {
        return first.is("string") || first.is("concatenated_string");
    }

    /**
     * In a file the size of library code (parsed around its loss calls only), the calls worth evaluating: their callee's
     * name says loss (a loss class, a functional loss, a criterion, an inline nn.XLoss()(...)) or compile. Every call
     * of a script is evaluated, whatever its name.
     */
    private static boolean lossLike(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.isEmpty() || n.contains("loss") || n.contains("crit") || n.contains("neuralnet") || n.contains("objective") || n.equals("compile") || FUNCTIONAL.contains(name) || TF_NN.containsKey(name)
                || TF1_LOSSES.containsKey(name);
    }

    /**
     * A call whose callee is a loss: criterion(out, y), F.cross_entropy(out, y), nn.BCELoss()(p, y), loss_fn(y, p). One
     * in a method under {@code if self.task == "..."} is followed under that test, by an evaluator of its own.
     */
    private void lossCall(SourceFile f, Node call) {
        Options options = evaluator.options();
        options.clear();
        heads.clear();
        passes(f, call);
        Evaluator all = evaluator;
        // the runs together get a budget of their own: each query of a run has one, but where options are read
        // everywhere (open_clip: an argparse table of 140 options, replayed by each read) each of some 400 calls took
        // up to 48 runs, 0.6 to 0.9 million steps in all, and the tree did not finish in 900 s
        long start = all.spent();
        try {
            for (Options.Pin pin : options.pins()) { // the runs the user makes with another value of an option the flow read
                if (all.spent() - start > PINNED_BUDGET) return;
                pinnedRun(f, call, all, pin);
            }
            for (Options.Pin pin : options.pairs()) { // two options together, among those the runs above read too
                if (all.spent() - start > PINNED_BUDGET) return;
                pinnedRun(f, call, all, pin);
            }
        } finally {
            evaluator = all;
            option = null;
            pinnedKeys.clear();
        }
    }

    /** The loss call followed again in the run with {@code pin}, unless the code rejects that run. */
    private void pinnedRun(SourceFile f, Node call, Evaluator all, Options.Pin pin) {
        Options options = all.options();
        options.check(pin, all.pinnedTo(pin), f.scopeOf(call)); // with caches of its own: its tests, read on a small budget, leave no unknowns to the run
        evaluator = all.pinnedTo(pin);
        if (options.rejects(pin)) return;
        int before = found.size();
        option = pin;
        passes(f, call);
        if (options.rejects(pin)) { // a test met on the way rules the value out: no such run
            found.subList(before, found.size()).clear();
            seen.removeAll(pinnedKeys);
        }
        pinnedKeys.clear();
    }

    /** A loss call followed once, or once per entry of the dict or list a loop around it runs over. */
    private void passes(SourceFile f, Node call) {
        List<Evaluator> passes = DictLoops.passes(evaluator, call, f.scopeOf(call));
        if (passes.isEmpty()) passes = ListLoops.passes(evaluator, call, f.scopeOf(call));
        if (passes.isEmpty()) {
            guardedLossCall(f, call);
            return;
        }
        Evaluator all = evaluator;
        try {
            for (Evaluator pass : passes) { // once per entry of the dict or list the loop runs over
                evaluator = pass;
                guardedLossCall(f, call);
            }
        } finally {
            evaluator = all;
        }
    }

    private void guardedLossCall(SourceFile f, Node call) {
        Guards tests = Guards.at(call, f.scopeOf(call));
        // self.loss(pred, y) outside any test, each store of self.loss under a task's test: followed once per task
        List<Guards> runs = tests.isEmpty() ? Guards.ofStores(call.field("function"), f.scopeOf(call)) : List.of(tests);
        if (runs.isEmpty() || !tests.isEmpty() && !tests.bear()) {
            followLossCall(f, call);
            return;
        }
        Evaluator all = evaluator;
        try {
            for (Guards run : runs) {
                evaluator = all.assuming(run);
                if (tests.isEmpty() && evaluator.skips(call, f.scopeOf(call))) continue; // a task's return before the call
                followLossCall(f, call);
            }
        } finally {
            evaluator = all;
        }
    }

    /**
     * A loss call whose flow is not known where every call of its function is joined (a helper {@code train(net, ...)}
     * given different nets by several scripts) is followed once per call path, each path's own arguments bound; a path
     * whose values show a mistake is reported with the call that takes it. Only a call whose callee is a loss, or may be
     * one on some path (it reads the function's parameters or locals), is: finding the paths parses the callers, and
     * most calls of a helper are not loss calls (os.path.join(a, b), _VF.dropout(input, p)).
     */
    private void followLossCall(SourceFile f, Node call) {
        int before = found.size();
        Value callee = followLossCall(f, call, Context.at(f.scopeOf(call), call.start()));
        Scope fn = f.scopeOf(call);
        if (found.size() > before || fn.kind() != Scope.Kind.FUNCTION || f.tree().source().bytes() > Project.WHOLE_PARSE_CHARS) return; // a script's helper, not library code
        if (perSubclass(f, call, fn) || perConstruction(f, call, fn)) return;
        if (!mayBeLoss(callee) && !CallPaths.varies(call.field("function"), fn)) return;
        evaluator.budget(FLOW_BUDGET);
        perCallPath(fn, call.start(), at -> followLossCall(f, call, at));
    }

    /** Follows a call in {@code fn} once per call path that reaches it, with that path's arguments bound and its entry shown. */
    private void perCallPath(Scope fn, int offset, java.util.function.Consumer<Context> follow) {
        for (CallPaths.Path path : new CallPaths(evaluator).of(fn, offset)) {
            entry = path.entry();
            try {
                follow.accept(path.context());
            } finally {
                entry = null;
            }
        }
    }

    /**
     * A loss call in a method of a base class whose flow the base does not show (a template method: the base's step calls
     * {@code self.criterion(self.forward(x), y)}, and each subclass sets its criterion and forward) is followed once per
     * subclass of the project, self an object of it; a subclass whose values show a mistake is reported with its class
     * statement. Only a call that reads the method's names is (what it reads may differ by subclass).
     */
    private boolean perSubclass(SourceFile f, Node call, Scope fn) {
        if (!onSelf(call, fn)) return false;
        int before = found.size();
        for (Instance self : evaluator.subclassSelves(new Value.ClassDef(fn.parent()), Context.at(fn, call.start()))) {
            subclass = self.type();
            try {
                followAs(f, call, fn, self);
            } finally {
                subclass = null;
            }
        }
        return found.size() > before;
    }

    /**
     * Whether a loss call in a method reads what differs by {@code self}: the loss (self.criterion) or its input (self(x),
     * y_pred = self.forward(x)); a library loss's forward, F.cross_entropy(input, target, weight=self.weight), reads only
     * its options from self.
     */
    private boolean onSelf(Node call, Scope fn) {
        Scope cls = fn.parent();
        if (cls == null || cls.kind() != Scope.Kind.CLASS || fn.parametersInOrder().isEmpty() || !CallPaths.varies(call, fn)) return false;
        Args args = evaluator.arguments(call, Context.at(fn, call.start()));
        return readsSelf(call.field("function"), fn) || readsSelf(args.node(0, "input"), fn);
    }

    /** Follows a loss call in a method with {@code self} that object, on a budget of its own. */
    private void followAs(SourceFile f, Node call, Scope fn, Instance self) {
        evaluator.budget(FLOW_BUDGET);
        followLossCall(f, call, new Context(fn, call.start(), self, null, null, 0));
    }

    /**
     * A loss call in a method that reads {@code self}, whose class is made inside a function its callers give different
     * arguments ({@code Classifier(model, task=task)} in {@code train_classifier(model, task="multiclass")}, called with
     * {@code task="multilabel"} by one script and the default by another): followed once per call path of that function,
     * self the object made there with that path's arguments, and reported with the call that takes it.
     */
    private boolean perConstruction(SourceFile f, Node call, Scope fn) {
        if (!onSelf(call, fn)) return false;
        Scope cls = fn.parent();
        int before = found.size();
        for (CallSites.Site made : evaluator.project().callsNamed(cls.name(), cls.file())) {
            Scope maker = made.file().scopeOf(made.call());
            if (maker.kind() != Scope.Kind.FUNCTION || !CallPaths.varies(made.call().field("arguments"), maker)) continue;
            for (CallPaths.Path path : new CallPaths(evaluator).of(maker, made.call().start())) {
                if (!(evaluator.eval(made.call().field("function"), path.context()) instanceof Value.ClassDef k) || k.scope() != cls) continue;
                Instance self = new Instance(k, evaluator.arguments(made.call(), path.context()));
                entry = path.entry();
                try {
                    followAs(f, call, fn, self);
                } finally {
                    entry = null;
                }
            }
        }
        return found.size() > before;
    }

    /** Whether an expression reads the method's own self, itself or through the one assignment of a local it names. */
    private static boolean readsSelf(Node e, Scope fn) {
        if (e == null) return false;
        if (e.is("identifier") && !fn.ownSelf(e.text())) {
            List<Binding> bound = fn.lookup(e.text(), e.start());
            return bound.size() == 1 && bound.get(0).kind() == Binding.Kind.ASSIGNMENT && bound.get(0).scope() == fn && mentionsSelf(bound.get(0).value(), fn);
        }
        return mentionsSelf(e, fn);
    }

    private static boolean mentionsSelf(Node e, Scope fn) {
        if (e == null) return false;
        if (e.is("identifier") && fn.ownSelf(e.text())) return true;
        for (Node n : e.named()) if (mentionsSelf(n, fn)) return true;
        return false;
    }

    /** Follows one loss call in a context; returns its callee's value there. */
    private Value followLossCall(SourceFile f, Node call, Context at) {
        evaluator.budget(CALLEE_BUDGET);
        Value callee = evaluator.eval(call.field("function"), at);
        Args args = evaluator.arguments(call, at);
        evaluator.budget(FLOW_BUDGET);
        if (skorch(f, callee, args, call, at) || looped(f, callee, args, call, at) || known(f, callee, args, call)) return callee;
        Loss wrapped;
        Function run = callee instanceof Instance i && !evaluator.extendsLibrary(i.type(), at, "losses.Loss") ? evaluator.invoked(i, at)
                : callee instanceof Function fn && renamed(call.field("function"), fn) ? fn : null;
        if (run != null) {
            wrappedLoss(f, run, args, false);
        } else if (callee instanceof Function fn && fn.self() == null) {
            wrappedLoss(f, fn, args, true); // its torch losses are followed from their own calls, through its call sites
        } else if (callee instanceof Instance i && (wrapped = wrappedKerasLoss(i, at)) != null) {
            emit(f, args.value(1, "y_pred"), "keras", new LossSpec(wrapped.name(), wrapped.options()), wrapped.shown(), wrapped.place(), call.place(),
                    List.of(), ownLabels.contains(wrapped) ? null : labels(args.value(0, "y_true")));
        }
        return callee;
    }

    /**
     * False for a callee no path can make a loss call of: unknown, a plain function, a library function that is no loss
     * (see {@link #functional}) nor a skorch net.
     */
    private static boolean mayBeLoss(Value callee) {
        if (callee instanceof Value.Unknown || callee instanceof Function) return false;
        if (!(callee instanceof Lib l)) return true;
        int dot = l.name().lastIndexOf('.');
        if (dot < 0) return false;
        String prefix = l.name().substring(0, dot);
        String last = l.name().substring(dot + 1);
        return torchLoss(prefix, last) || tfLogitsLoss(prefix, last) != null || kerasLoss(prefix, last) || tf1LogLoss(prefix, last) || backendLoss(prefix, last)
                || l.name().startsWith("skorch.");
    }

    /** The Keras backend's cross-entropies and Keras 3's keras.ops ones, (target, output, from_logits=False). */
    private static boolean backendLoss(String prefix, String last) {
        return KERAS_BACKEND_LOSSES.contains(last) && (prefix.endsWith("keras.backend") || prefix.equals("keras.ops"));
    }

    /** The from_logits a backend cross-entropy call gives (none: its default), or null when it is given but not known. */
    private LossOptions backendOptions(Args args, Context at) {
        Node fromLogits = args.node(2, "from_logits");
        if (fromLogits == null) return LossOptions.NONE;
        return evaluator.eval(fromLogits, at) instanceof Literal l && l.value() instanceof Boolean b ? new LossOptions(Map.of("from_logits", b)) : null;
    }

    /** TF 1's tf.losses.log_loss(labels, predictions): a binary cross-entropy of probabilities (TF 2's keras.losses has no such name). */
    private static boolean tf1LogLoss(String prefix, String last) {
        return last.equals("log_loss") && (prefix.equals("tensorflow.losses") || prefix.equals("tensorflow.compat.v1.losses"));
    }

    private static boolean torchLoss(String prefix, String last) {
        return TORCH_FUNCTIONAL.contains(prefix) && FUNCTIONAL.contains(last);
    }

    /** keras.losses.x and, of TensorFlow 1's tf.losses, those Keras has with the same meaning. */
    private static boolean kerasLoss(String prefix, String last) {
        return prefix.endsWith("losses") && (prefix.contains("keras") || prefix.equals("losses") || prefix.equals("tensorflow.losses") && TF_LOSSES.contains(last))
                && Character.isLowerCase(last.charAt(0));
    }

    /** F.cross_entropy(out, y) and the other functional losses of torch; keras.losses.x(y_true, y_pred). */
    private void functional(SourceFile f, String name, Node call, Args args) {
        functional(f, name, call, args, List.of());
    }

    /** The same with the keywords a functools.partial fixed ({@code fixed}: its arguments, none for a plain call) before the call's own. */
    private void functional(SourceFile f, String name, Node call, Args args, List<Args> fixed) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) return;
        String last = name.substring(dot + 1);
        String prefix = name.substring(0, dot);
        if (torchLoss(prefix, last)) {
            Node input = args.keyword("input") != null ? args.keyword("input") : args.keyword("inputs");
            Value flow = input != null ? evaluator.eval(input, args.context()) : args.value(0, null);
            Map<String, Object> options = new LinkedHashMap<>();
            List<String> after = fixed.isEmpty() ? OPTIONS_BY_PLACE.getOrDefault(last, List.of()) : List.of();
            for (int i = 2; i < args.positional().size() && i - 2 < after.size(); i++) {
                // F.kl_div(lp, q, None, None, "sum"): an option given by its place; None is the option's default
                Node given = args.positional().get(i);
                Value v = evaluator.eval(given, args.context());
                if (!(v instanceof Literal l && l.value() == null)) options.put(after.get(i - 2), v instanceof Literal l ? l.value() : given.text());
            }
            for (Args given : concat(fixed, args)) for (Node k : given.keywords()) {
                String key = k.field("name").text();
                if (!Set.of("input", "inputs", "target", "targets", "log_probs", "input_lengths", "target_lengths").contains(key)) {
                    options.put(key, evaluator.eval(k.field("value"), given.context()) instanceof Literal l && l.value() != null ? l.value() : k.field("value").text());
                }
            }
            String shown = name.replace("torch.nn.functional.", "F.");
            emit(f, flow, "pytorch", new LossSpec(last, new LossOptions(options)), shown, call.place(), call.place(),
                    ArgmaxAccuracy.of(flow, f.scopeOf(call), call, args.node(1, "target")), torchLabels(args.value(1, "target"), last, call.place()));
        } else if (tfLogitsLoss(prefix, last) != null && !ownSoftmaxLoss(prefix, args)) {
            Node logits = args.keyword("logits");
            boolean logitsFirst = prefix.startsWith("optax") || contribLosses(prefix) || seq2seq(prefix);
            Value flow = logits != null ? evaluator.eval(logits, args.context()) : logitsFirst ? args.value(0, null) : positionalLogits(args, f);
            // optax's labels come second, (logits, labels): they say which of its losses fits (class indices or one-hot rows); sequence_loss's targets are indices
            LabelSpec labels = prefix.startsWith("optax") ? labels(args.value(1, "labels")) : seq2seq(prefix) ? labels(args.value(1, "targets")) : null;
            emit(f, flow, "keras", new LossSpec(tfLogitsLoss(prefix, last), new LossOptions(Map.of("from_logits", true))),
                    name.replace("tensorflow.", "tf.").replace("tensorflow_addons.", "tfa."), call.place(), call.place(), List.of(), labels);
        } else if (tf1LogLoss(prefix, last)) {
            // its epsilon, weights and scope are no options of Keras's binary cross-entropy
            emit(f, args.value(1, "predictions"), "keras", new LossSpec("binary_crossentropy", LossOptions.NONE), name.replace("tensorflow.", "tf."),
                    call.place(), call.place(), List.of(), labels(args.value(0, "labels")));
        } else if (backendLoss(prefix, last) && backendOptions(args, args.context()) != null) {
            emit(f, args.value(1, "output"), "keras", new LossSpec(last, backendOptions(args, args.context())), name.replace("tensorflow.", "tf."),
                    call.place(), call.place(), List.of(), labels(args.value(0, "target")));
        } else if (kerasLoss(prefix, last)) {
            emit(f, args.value(1, "y_pred"), "keras", new LossSpec(last, kerasOptions(prefix, concat(fixed, args))), "keras.losses." + last, call.place(), call.place(),
                    List.of(), labels(args.value(0, "y_true")));
        }
    }

    /** The literal keyword options of a Keras loss function's calls (TF 1's tf.losses arguments that are not options left out). */
    private LossOptions kerasOptions(String prefix, List<Args> calls) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (Args given : calls) for (Node k : given.keywords()) {
            String key = k.field("name").text();
            if (prefix.equals("tensorflow.losses") && TF1_KEYWORDS.contains(key)) continue;
            if (evaluator.eval(k.field("value"), given.context()) instanceof Literal l && l.value() != null) options.put(key, l.value());
        }
        return new LossOptions(options);
    }

    /**
     * The logits of a TensorFlow loss given positionally: labels first in tf.losses.softmax_cross_entropy(onehot_labels,
     * logits) and TF 2's tf.nn.softmax_cross_entropy_with_logits(labels, logits) (TF 1's tf.nn refuses positional
     * arguments); tf.nn before TF 1.0 took (logits, labels), read so only when the first is a model's output and the
     * second is not, and when the project makes no tf.GradientTape (this file, those importing it, any parsed): TF 2's
     * training loop, where the order is TF 2's and a distillation's teacher softmax comes first before a student output
     * not known.
     */
    private Value positionalLogits(Args args, SourceFile file) {
        Value second = args.value(1, null);
        Value first = args.value(0, null);
        if (second instanceof Tensor || second instanceof Value.Either || !(first instanceof Tensor)) return second;
        return evaluator.project().callsNamed("GradientTape", file).isEmpty() ? first : second;
    }

    /** The Keras loss a TensorFlow loss on logits of this dotted name matches, or null. */
    private static String tfLogitsLoss(String dotted) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? null : tfLogitsLoss(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    /**
     * The Keras loss a loss on logits matches (tf.nn.softmax_cross_entropy_with_logits, TF1's tf.losses.softmax_cross_entropy,
     * optax.softmax_cross_entropy), or null.
     */
    private static String tfLogitsLoss(String prefix, String last) {
        if (prefix.equals("tensorflow.nn") || prefix.equals("tensorflow.compat.v1.nn") || prefix.equals("tf.nn")) return TF_NN.get(last);
        if (prefix.equals("optax") || prefix.equals("optax.losses")) return OPTAX.get(last);
        if (seq2seq(prefix) && last.equals("sequence_loss")) return "sparse_categorical_crossentropy"; // a softmax cross-entropy per step
        // in TF 2 tf.losses is keras.losses, which has none of these names; tf.contrib.losses (slim.losses) has them, logits first
        return prefix.equals("tensorflow.losses") || prefix.equals("tensorflow.compat.v1.losses") || contribLosses(prefix) ? TF1_LOSSES.get(last) : null;
    }

    /** seq2seq's sequence_loss(logits, targets, weights) of TF 1's tf.contrib and of TensorFlow Addons: the logits first. */
    private static boolean seq2seq(String prefix) {
        return prefix.equals("tensorflow.contrib.seq2seq") || prefix.equals("tensorflow_addons.seq2seq");
    }

    /**
     * A sequence_loss given its own softmax_loss_function (a sampled softmax that projects RNN states itself): what it
     * is handed are not logits, and no softmax cross-entropy is computed on them. Its keyword, or a place past the
     * averaging and summing flags.
     */
    private static boolean ownSoftmaxLoss(String prefix, Args args) {
        return seq2seq(prefix) && (args.keyword("softmax_loss_function") != null || args.positional().size() > 5);
    }

    /** TF 1's tf.contrib.losses, also reached as slim.losses: (logits, onehot_labels or labels), the logits first. */
    private static boolean contribLosses(String prefix) {
        return prefix.equals("tensorflow.contrib.losses") || prefix.equals("tensorflow.contrib.slim.losses");
    }

    /**
     * A project function called under a name not its own ({@code getattr(self, f"_{self.loss_name}_loss")(out, y)}, an
     * alias): the call sites of its parameters, found by its name, miss this call, so its losses are followed from here.
     */
    private static boolean renamed(Node callee, Function fn) {
        Node name = callee != null && callee.is("attribute") ? callee.field("attribute") : callee;
        return name != null && !(name.is("identifier") && name.text().equals(fn.scope().name()));
    }

    /**
     * A project module that wraps a loss (a focal loss whose forward calls F.binary_cross_entropy_with_logits on its
     * inputs, a model whose forward computes its loss), or a function called under another name: each loss called in
     * the method the call runs, with that method's parameters bound to this call's arguments. For a function called by
     * its name ({@code label_smoothing_loss(model(x), y)}), {@code handWrittenOnly}: only the cross-entropy it writes by hand.
     */
    private void wrappedLoss(SourceFile f, Function run, Args args, boolean handWrittenOnly) {
        Scope method = run.scope();
        for (Tree.Call inner : method.file().tree().calls()) {
            Node n = inner.node();
            if (handWrittenOnly && !inner.name().equals("log_softmax") || n.start() < method.node().start() || n.end() > method.node().end()) continue;
            Node innerArgs = n.field("arguments");
            if (innerArgs == null || innerArgs.named().size() < 2 || method.file().scopeOf(n) != method) continue;
            Context here = new Context(method, n.start(), run.self(), method, args, 1);
            evaluator.budget(CALLEE_BUDGET);
            Value callee = evaluator.eval(n.field("function"), here);
            Args bound = evaluator.arguments(n, here);
            evaluator.budget(FLOW_BUDGET);
            if (!handWrittenOnly) known(f, callee, bound, n);
            ownCrossEntropy(f, callee, bound, n, here);
        }
    }

    /**
     * A cross-entropy written by hand in a project module or function (label smoothing: logp = F.log_softmax(x, -1), then
     * gather and mean): log_softmax of a parameter as the method received it takes that argument as logits, as cross_entropy does.
     */
    private void ownCrossEntropy(SourceFile f, Value callee, Args args, Node call, Context here) {
        if (!(callee instanceof Lib l) || !TORCH_LOG_SOFTMAX.contains(l.name())) return;
        Node input = args.node(0, "input");
        if (input == null || !input.is("identifier")) return;
        List<Binding> bound = here.scope().lookup(input.text(), call.start());
        if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.PARAMETER) return; // x = x.softmax(1) first: not what the call passed
        emit(f, args.value(0, "input"), "pytorch", new LossSpec("cross_entropy", LossOptions.NONE), here.scope().name() + " (log_softmax of its input)",
                call.place(), call.place(), List.of(), null);
    }

    /**
     * skorch's NeuralNet(module, criterion=nn.CrossEntropyLoss) and its subclasses (the project's own too): fit() feeds
     * the module's output to the criterion. NeuralNetBinaryClassifier's default criterion is BCEWithLogitsLoss;
     * NeuralNetClassifier takes the log of the module's output before an NLLLoss (its default), so it is left alone.
     */
    private boolean skorch(SourceFile f, Value callee, Args args, Node call, Context at) {
        String net = skorchNet(callee, at);
        if (net == null) return false;
        Node criterion = args.keyword("criterion");
        Value loss = criterion == null ? null : evaluator.eval(criterion, at);
        if (loss instanceof Lib || loss instanceof Value.ClassDef) loss = evaluator.apply(loss, evaluator.arguments(null, at), criterion, at);
        if (criterion == null && net.equals("NeuralNetBinaryClassifier")) {
            loss = new Loss("pytorch", "BCEWithLogitsLoss", "nn.BCEWithLogitsLoss (NeuralNetBinaryClassifier's default)", LossOptions.NONE, call.place());
        }
        if (!(loss instanceof Loss l) || !l.framework().equals("pytorch") || net.equals("NeuralNetClassifier") && l.name().equals("NLLLoss")) return true;
        Value module = args.value(0, "module");
        if (module instanceof Value.ClassDef k) module = new Instance(k, args.prefixed("module__")); // the net makes it with its module__ keywords
        Function run = module instanceof Instance i ? evaluator.invoked(i, at) : null;
        if (run != null) {
            emit(f, evaluator.returned(run, evaluator.arguments(null, at), at), "pytorch", new LossSpec(l.name(), l.options()), l.shown(), l.place(), call.place(),
                    List.of(), null);
        }
        return true;
    }

    /** A training library's loop (fastai's Learner, ignite's trainer): its loss on its model's output; false for another call. */
    private boolean looped(SourceFile f, Value callee, Args args, Node call, Context at) {
        TrainingLoops.Fed fed = TrainingLoops.of(callee, args);
        if (fed == null) return false;
        Value model = fed.model() instanceof Value.ClassDef k ? new Instance(k, evaluator.arguments(null, at)) : fed.model();
        Value loss = fed.loss();
        if (loss instanceof Lib || loss instanceof Value.ClassDef) { // a loss class the loop makes itself (skada's default nn.CrossEntropyLoss)
            Value made = evaluator.apply(loss, evaluator.arguments(null, at), call, at);
            if (made instanceof Loss) loss = made;
        }
        Loss l = loss instanceof Loss given && given.framework().equals("pytorch") ? given : functionalLoss(loss, call);
        if (l != null) {
            emit(f, evaluator.apply(model, evaluator.arguments(null, at), call, at), "pytorch", new LossSpec(l.name(), l.options()), l.shown(), l.place(), call.place(),
                    List.of(), null);
        }
        return true;
    }

    /** A torch functional loss handed to a loop as a function (create_supervised_trainer(model, opt, F.nll_loss)), as its loss; else null. */
    private static Loss functionalLoss(Value v, Node call) {
        if (!(v instanceof Lib l) || l.name().lastIndexOf('.') < 0) return null;
        String last = l.name().substring(l.name().lastIndexOf('.') + 1);
        return torchLoss(l.name().substring(0, l.name().lastIndexOf('.')), last)
                ? new Loss("pytorch", last, l.name().replace("torch.nn.functional.", "F."), LossOptions.NONE, call.place()) : null;
    }

    private static List<Args> concat(List<Args> fixed, Args args) {
        List<Args> all = new ArrayList<>(fixed);
        all.add(args);
        return all;
    }

    /** NeuralNet, NeuralNetClassifier, ... when the callee is skorch's net class or a project class derived from one; else null. */
    private String skorchNet(Value callee, Context at) {
        List<Value> candidates = new ArrayList<>(List.of(callee));
        if (callee instanceof Value.ClassDef k) for (Value.ClassDef cls : evaluator.mro(k, at)) candidates.addAll(evaluator.bases(cls, at));
        for (Value v : candidates) {
            if (v instanceof Lib l && l.name().startsWith("skorch.") && l.name().substring(l.name().lastIndexOf('.') + 1).startsWith("NeuralNet")) {
                return l.name().substring(l.name().lastIndexOf('.') + 1);
            }
        }
        return null;
    }

    /** A call of a library loss (functional) or of a loss object: its flow; false when the callee is neither. */
    private boolean known(SourceFile f, Value callee, Args args, Node call) {
        if (callee instanceof Lib l) {
            functional(f, l.name(), call, args);
        } else if (callee instanceof Value.Partial p) {
            functional(f, p.function().name(), call, args, List.of(p.fixed()));
        } else if (callee instanceof Loss loss && loss.framework().equals("pytorch")) {
            // torch's own losses take input=/target=; a wrapper library's loss object (NeMo) names them logits=/labels=
            String target = args.keyword("labels") != null ? "labels" : "target";
            Value input = args.value(0, args.keyword("logits") != null ? "logits" : "input");
            emit(f, input, "pytorch", new LossSpec(loss.name(), loss.options()), loss.shown(),
                    loss.place(), call.place(), ArgmaxAccuracy.of(input, f.scopeOf(call), call, args.node(1, target)), torchLabels(args.value(1, target), loss.name(), loss.place()));
        } else if (callee instanceof Loss loss) {
            emit(f, args.value(1, "y_pred"), "keras", new LossSpec(loss.name(), loss.options()), loss.shown(), loss.place(), call.place(), List.of(),
                    labels(args.value(0, "y_true")));
        } else {
            return false;
        }
        return true;
    }

    /** A subclass of keras.losses.Loss whose call() returns a built-in loss, or else applies one to its y_pred: that loss. */
    private Loss wrappedKerasLoss(Instance i, Context at) {
        if (!evaluator.extendsLibrary(i.type(), at, "losses.Loss")) return null;
        for (var cls : evaluator.mro(i.type(), at)) {
            Node def = cls.scope().methods().get("call");
            if (def == null) continue;
            var fn = cls.scope().child(def);
            Loss agreed = null;
            for (Node r : fn.returns()) {
                Node e = r.named().isEmpty() ? null : r.named().get(0);
                Loss l = e == null || !e.is("call") ? null : builtIn(e, new Context(fn, r.start(), i, null, null, 0), cls.name());
                if (l == null || agreed != null && !agreed.name().equals(l.name())) {
                    agreed = null;
                    break;
                }
                agreed = l;
            }
            // else what its body applies to y_pred: call(self, y_true, y_pred)
            return agreed != null ? agreed : appliedTo(fn, 2, i, cls.name());
        }
        return null;
    }

    /** The built-in Keras loss a call applies (a loss object, a keras.losses function with its literal options), or null. */
    private Loss builtIn(Node call, Context here, String owner) {
        Value callee = evaluator.eval(call.field("function"), here);
        if (callee instanceof Loss loss && loss.framework().equals("keras")) return loss;
        if (!(callee instanceof Lib lib) || !lib.name().contains("losses.") || !Character.isLowerCase(lib.name().charAt(lib.name().lastIndexOf('.') + 1))) return null;
        Map<String, Object> options = new LinkedHashMap<>();
        for (Node k : evaluator.arguments(call, here).keywords()) {
            if (evaluator.eval(k.field("value"), here) instanceof Literal lit && lit.value() != null) options.put(k.field("name").text(), lit.value());
        }
        String n = lib.name().substring(lib.name().lastIndexOf('.') + 1);
        return new Loss("keras", n, owner + " (keras.losses." + n + ")", new LossOptions(options), call.place());
    }

    /**
     * A loss function of the project given to compile ({@code def masked_ce(y_true, y_pred)}): Keras calls it with the
     * model's output as its second parameter, so it is the built-in loss its body applies to that parameter, every such
     * call agreeing; null when it applies none.
     */
    private Loss kerasLossFunction(Value.Function f) {
        return appliedTo(f.scope(), 1, null, f.scope().name());
    }

    /** The built-in loss the calls of a function's body apply to its parameter number {@code predicted}, every such call agreeing; null when none. */
    private Loss appliedTo(Scope fn, int predicted, Instance self, String owner) {
        List<Binding> params = fn.parametersInOrder();
        if (params.size() <= predicted) return null;
        String yPred = params.get(predicted).name();
        Loss agreed = null;
        for (Tree.Call call : fn.file().tree().calls()) {
            Node n = call.node();
            if (n.start() < fn.node().start() || n.end() > fn.node().end()) continue;
            Context here = new Context(fn.file().scopeOf(n), n.start(), self, null, null, 0);
            Applied applied = applied(n, here, owner);
            Node pred = applied == null ? null : axesAdded(applied.output());
            if (pred == null || !pred.is("identifier") || !pred.text().equals(yPred)) continue;
            List<Binding> bound = here.scope().lookup(yPred, n.start());
            if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.PARAMETER) continue; // y_pred = tf.nn.softmax(y_pred) first: not the output
            Loss l = applied.loss();
            if (agreed != null && !agreed.name().equals(l.name())) return null;
            agreed = l;
        }
        return agreed;
    }

    /** {@code y_pred[..., None]}, {@code y_pred[:, None]}: the same values with an axis added, so the name indexed; else {@code n}. */
    private static Node axesAdded(Node n) {
        if (n == null || !n.is("subscript")) return n;
        List<Node> parts = n.named();
        for (Node i : parts.subList(1, parts.size())) if (!i.is("ellipsis") && !i.is("none") && !(i.is("slice") && i.named().isEmpty())) return n;
        return parts.get(0);
    }

    /** A built-in loss a custom loss function applies, and the argument it takes the model's output from. */
    private record Applied(Loss loss, Node output) {}

    /**
     * keras.losses (y_true, y_pred); TensorFlow's losses on logits, tf.nn.softmax_cross_entropy_with_logits(labels=...,
     * logits=...) and TF 1's tf.losses.softmax_cross_entropy(onehot_labels, logits), which take logits whatever they are
     * given; the Keras backend's K.categorical_crossentropy(target, output, from_logits=False). Null for anything else.
     */
    private Applied applied(Node call, Context here, String owner) {
        Args args = evaluator.arguments(call, here);
        Loss keras = builtIn(call, here, owner);
        if (keras != null) return new Applied(keras, args.node(1, "y_pred"));
        if (!(evaluator.eval(call.field("function"), here) instanceof Lib lib) || lib.name().lastIndexOf('.') < 0) return null;
        String prefix = lib.name().substring(0, lib.name().lastIndexOf('.'));
        String last = lib.name().substring(prefix.length() + 1);
        String shown = owner + " (" + lib.name().replace("tensorflow.", "tf.") + ")";
        if (last.equals("log_softmax") && LOG_SOFTMAX.contains(prefix)) {
            // -sum(y_true * tf.nn.log_softmax(y_pred)): a cross-entropy that takes y_pred as logits; how it reads y_true is its own
            Loss ce = new Loss("keras", "categorical_crossentropy", shown + " of y_pred", new LossOptions(Map.of("from_logits", true)), call.place());
            ownLabels.add(ce);
            return new Applied(ce, args.node(0, null));
        }
        String onLogits = tfLogitsLoss(prefix, last);
        if (onLogits != null && !ownSoftmaxLoss(prefix, args)) {
            Node logits = args.keyword("logits") != null ? args.keyword("logits") : args.node(prefix.endsWith("losses") ? 1 : 0, null);
            return new Applied(new Loss("keras", onLogits, shown, new LossOptions(Map.of("from_logits", true)), call.place()), logits);
        }
        LossOptions options = backendLoss(prefix, last) ? backendOptions(args, here) : null; // from_logits=flag: not known
        return options == null ? null : new Applied(new Loss("keras", last, shown, options, call.place()), args.node(1, "output"));
    }

    /** model.compile(loss=..., metrics=[...]) on a Keras model built in the project, or a subclassed keras.Model. */
    private void compile(SourceFile f, Node call) {
        Node fn = call.field("function");
        if (fn == null || !fn.is("attribute")) return;
        Scope scope = f.scopeOf(call);
        if (compile(f, call, Context.at(scope, call.start())) || scope.kind() != Scope.Kind.FUNCTION
                || f.tree().source().bytes() > Project.WHOLE_PARSE_CHARS || !CallPaths.varies(fn.field("object"), scope)) return;
        // a helper compiling the model it is handed (compile_model(model, lr)), called with a model the code builds and with
        // one it loads from a file: the calls joined leave the model unknown, so each call path is followed with its own
        // model, and one whose model shows a mistake is reported with the call that takes it
        perCallPath(scope, call.start(), at -> compile(f, call, at));
    }

    /** Judges a Keras compile with the model its receiver is at {@code at}; false when that model is not known. */
    private boolean compile(SourceFile f, Node call, Context at) {
        Node fn = call.field("function");
        evaluator.budget(FLOW_BUDGET);
        Value receiver = evaluator.eval(fn.field("object"), at);
        KerasModel model = receiver instanceof KerasModel k ? k : null;
        if (receiver instanceof Instance i && evaluator.extendsLibrary(i.type(), at, "Model")) {
            model = KerasModel.of(evaluator.callInstance(i, evaluator.arguments(null, at), at)); // its call's outputs
        }
        if (model == null) return false;
        if (inertAfter(f, at.scope(), fn.field("object"), call.end())) return true;
        Args args = evaluator.arguments(call, at);
        Node lossNode = args.node(1, "loss");
        // a GAN's discriminator, frozen after its compile to be stacked under the generator: its targets are the loop's
        // real/fake labels, no task of their own, and accuracy measures it whatever loss the GAN's formulation picks
        // (LSGAN's mse); so does an output of the stack that is the frozen discriminator's (the rate at which the
        // generator fools it)
        Set<Tensor> judged = frozenOutputs(f, at.scope());
        List<String> metrics = model.output() != null && judged.contains(model.output()) ? List.of() : metrics(args.keyword("metrics"), at);
        if (lossNode == null) {
            splattedLoss(f, call, fn.field("object"), model, args.splatted("loss"), metrics, at);
            return true;
        }
        if (!model.heads().isEmpty()) {
            // one loss per output: a dict keyed as the outputs are (or by their layers' names), a list in their order, or one for all
            Value losses = evaluator.eval(lossNode, at);
            // outputs=[o]: one output, named and by position, whose fit labels tell as a single-output model's do
            boolean only = new HashSet<>(model.heads().values()).size() == 1;
            for (Map.Entry<String, Tensor> head : model.heads().entrySet()) {
                List<String> measured = judged.contains(head.getValue()) ? List.of() : metrics;
                // fit(x, {"digit": y1, "parity": y2}) or fit(x, [y1, y2]): the targets of this output
                LabelSpec labels = judged.contains(head.getValue()) ? null : fitLabels(f, call, fn.field("object"), at, Target.of(head.getKey(), head.getValue(), only));
                Node one = null;
                if (lossNode.is("list") || lossNode.is("tuple")) {
                    int i = position(head.getKey());
                    if (i >= 0 && i < lossNode.named().size()) one = lossNode.named().get(i);
                } else if (lossNode.is("dictionary")) {
                    one = entry(lossNode, head.getKey(), at);
                } else if (losses instanceof Dict d) {
                    // losses = {"species": ..., "toxic": ...}; compile(loss=losses): the entry keyed as the output, placed at the compile's loss
                    Value entry = d.entries().get(head.getKey());
                    if (entry != null) kerasLoss(f, entry, lossNode.place(), head.getValue(), call, OutputMetrics.of(model, head.getValue(), args.keyword("metrics"), measured), at, labels);
                } else if (losses instanceof Value.Items list) {
                    // loss=[BinaryCrossentropy(from_logits=True) for _ in TASKS], or a list bound to a name: the item at the output's place
                    int i = position(head.getKey());
                    if (i >= 0 && i < list.items().size()) kerasLoss(f, list.items().get(i), lossNode.place(), head.getValue(), call, OutputMetrics.of(model, head.getValue(), args.keyword("metrics"), measured), at, labels);
                } else {
                    one = lossNode;
                }
                if (one != null) kerasLoss(f, one, head.getValue(), call, OutputMetrics.of(model, head.getValue(), args.keyword("metrics"), measured), at, labels);
            }
            return true;
        }
        if (model.output() == null) return true;
        // loss={"output": "binary_crossentropy"} on the one output, keyed by its layer's name=; loss=[loss] a list of its one loss
        Node one = lossNode.is("dictionary") ? model.output().name() == null ? null : entry(lossNode, model.output().name(), at)
                : lossNode.is("list") || lossNode.is("tuple") ? lossNode.named().size() == 1 ? lossNode.named().get(0) : null : lossNode;
        if (one != null) kerasLoss(f, one, model.output(), call, metrics, at,
                judged.contains(model.output()) ? null : fitLabels(f, call, fn.field("object"), at, Target.of(null, model.output(), true)));
        return true;
    }

    /**
     * True when the compiled name's binding is used after the compile, and only to predict, to save or load, called on a
     * tensor or stacked into another model (a GAN's generator compiled out of habit, then trained through the combined
     * model): no fit, evaluate or train_on_batch ever computes this compile's loss. Any other use (returned, passed on,
     * fitted, an attribute set) keeps the compile live.
     */
    private boolean inertAfter(SourceFile f, Scope scope, Node receiver, int from) {
        List<Node> uses = receiver == null ? null : receiver.is("attribute") ? selfUses(f, scope, receiver)
                : receiver.is("identifier") ? uses(f, scope, receiver.text(), from) : null;
        return uses != null && !uses.isEmpty() && uses.stream().allMatch(n -> lossless(f, n));
    }

    /** The reads of the name's binding after {@code from}; null when one is in a nested scope (it may fit there). */
    private static List<Node> uses(SourceFile f, Scope scope, String name, int from) {
        List<Binding> model = scope.lookup(name, from);
        List<Node> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(scope.node()));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n.end() <= from) continue;
            todo.addAll(n.named());
            if (!n.is("identifier") || n.start() < from || !n.text().equals(name) || field(n)) continue;
            Scope in = f.scopeOf(n);
            if (!in.lookup(name, n.start()).equals(model)) continue;
            if (in != scope) return null;
            out.add(n);
        }
        return out;
    }

    /**
     * As {@link #uses} for {@code self.generator.compile(...)} in a method (the Keras GAN class style): every other read of
     * {@code self.generator} in the class's methods, wherever it stands (methods run in any order), its stores left out.
     * Null when a {@code .generator} is on another object in the file or read in a nested function: it may be fitted there.
     */
    private static List<Node> selfUses(SourceFile f, Scope method, Node receiver) {
        Node self = receiver.field("object");
        String attr = receiver.field("attribute").text();
        Scope owner = method.parent();
        if (self == null || !self.is("identifier") || !method.ownSelf(self.text())) return null;
        List<Node> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(method.module().node()));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            todo.addAll(n.named());
            if (!n.is("attribute") || n.equals(receiver) || !n.field("attribute").text().equals(attr)) continue;
            Node object = n.field("object");
            Scope in = f.scopeOf(n);
            if (!object.is("identifier") || in.parent() != owner || !in.ownSelf(object.text())) return null;
            Node p = n.parent();
            if (!(p.is("assignment") && n.equals(p.field("left")))) out.add(n); // self.generator = self.build_generator() is no read
        }
        return out;
    }

    /** An identifier that names no variable: the attribute of {@code x.name}, the keyword of {@code f(name=...)}. */
    private static boolean field(Node n) {
        Node p = n.parent();
        return p != null && (p.is("attribute") && n.equals(p.field("attribute")) || p.is("keyword_argument") && n.equals(p.field("name")));
    }

    /**
     * {@code model.predict(x)}, {@code model.save_weights(path)}, {@code model(z)} (a call runs the layers, never the compiled
     * loss), a read of its structure ({@code model.layers[0]}), or {@code Sequential([model, critic])}: a use that computes no
     * loss of its compile.
     */
    private boolean lossless(SourceFile f, Node n) {
        Node p = n.parent();
        if (p != null && p.is("call") && n.equals(p.field("function"))) return true;
        if (p != null && p.is("attribute")) {
            Node call = p.parent();
            String attr = p.field("attribute").text();
            if (call != null && call.is("call") && p.equals(call.field("function"))) return LOSSLESS.contains(attr);
            return STRUCTURE.contains(attr) && !(call != null && call.is("assignment") && p.equals(call.field("left")));
        }
        Node args = p != null && (p.is("list") || p.is("tuple")) ? p.parent() : p;
        Node call = args != null && args.is("argument_list") ? args.parent() : null;
        return call != null && evaluator.eval(call, Context.at(f.scopeOf(call), call.start())) instanceof KerasModel;
    }

    /**
     * The outputs of the Keras models that {@code x.trainable = False} freezes in the scope itself (a GAN's discriminator,
     * by name or as {@code self.discriminator}): its one output or each of its heads.
     */
    private Set<Tensor> frozenOutputs(SourceFile f, Scope scope) {
        Set<Tensor> out = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(scope.node()));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            todo.addAll(n.named());
            Node left = n.is("assignment") ? n.field("left") : null;
            Node right = left == null ? null : n.field("right");
            if (left == null || !left.is("attribute") || !left.field("attribute").text().equals("trainable") || right == null
                    || !right.is("false") || f.scopeOf(n) != scope) continue;
            if (!(evaluator.eval(left.field("object"), Context.at(scope, n.start())) instanceof KerasModel m)) continue;
            if (m.output() != null) out.add(m.output());
            out.addAll(m.heads().values());
        }
        return out;
    }

    /** The place of an output keyed by its position ("0", "1"), or -1 for one keyed by its name. */
    private static int position(String key) {
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? Integer.parseInt(key) : -1;
    }

    /**
     * scikeras' KerasClassifier(model=build_fn, loss=...): the wrapper compiles the model its function builds with the
     * loss given, unless the function compiles it itself (then scikeras keeps that compile).
     */
    private void wrapped(SourceFile f, Node call) {
        Context at = Context.at(f.scopeOf(call), call.start());
        evaluator.budget(FLOW_BUDGET);
        if (!(evaluator.eval(call.field("function"), at) instanceof Lib w && w.name().matches("scikeras\\.wrappers\\.Keras(Classifier|Regressor)"))) return;
        Args args = evaluator.arguments(call, at);
        Node lossNode = args.keyword("loss");
        if (lossNode == null || !(args.value(0, "model") instanceof Function build)) return;
        Node body = build.scope().node();
        if (build.scope().file().tree().calls().stream().anyMatch(c -> c.name().equals("compile") && c.node().start() >= body.start() && c.node().end() <= body.end())) return;
        if (evaluator.apply(build, evaluator.arguments(null, at), call, at) instanceof KerasModel model && model.heads().isEmpty() && model.output() != null) {
            kerasLoss(f, lossNode, model.output(), call, metrics(args.keyword("metrics"), at), at, null);
        }
    }

    /**
     * compile(**compile_kwargs): the loss a known dict of the call's keywords gives, reported at the call; a dict of losses
     * by output name, or one loss for every output (a list by position is not followed).
     */
    private void splattedLoss(SourceFile f, Node call, Node receiver, KerasModel model, Value loss, List<String> metrics, Context at) {
        if (loss == null || loss instanceof Value.Unknown || loss instanceof Value.Items) return;
        if (model.heads().isEmpty()) {
            if (model.output() != null && !(loss instanceof Dict)) kerasLoss(f, loss, call.place(), model.output(), call, metrics, at, fitLabels(f, call, receiver, at, Target.of(null, model.output(), true)));
            return;
        }
        for (Map.Entry<String, Tensor> head : model.heads().entrySet()) {
            Value one = loss instanceof Dict d ? d.entries().get(head.getKey()) : loss;
            if (one != null) kerasLoss(f, one, call.place(), head.getValue(), call, metrics, at, null);
        }
    }

    /**
     * The labels the first model.fit(x, y) after the compile gives, when the code shows what they are: one-hot rows
     * (to_categorical, tf.one_hot) or 0/1 targets (np.zeros and np.ones joined, a comparison). The fit must be on the
     * same binding of the model's name, in the same scope, with no other compile of it between.
     */
    private LabelSpec fitLabels(SourceFile f, Node compile, Node receiver, Context at, Target output) {
        if (receiver == null || !receiver.is("identifier")) return null;
        Node fit = firstFit(f, at.scope(), receiver.text(), compile.end());
        // a compile again before the fit (a guide showing several configurations) trains that loss, not this one
        Node again = fit == null ? null : firstCall(f, at.scope(), receiver.text(), "compile", compile.end());
        if (again != null && again.start() < fit.start()) return null;
        if (fit != null) return fitLabels(fit, new Context(at.scope(), fit.start(), at.self(), at.frame(), at.args(), 0), output);
        return builderFitLabels(f, at.scope(), receiver.text(), output);
    }

    /** The ways Keras trains a compiled model on labels: fit(x, y), Keras 2's fit_generator(gen), a loop's train_on_batch(x, y). */
    private static final List<String> FITS = List.of("fit", "fit_generator", "train_on_batch");

    /** The first {@code name.fit(...)} (or one of the other {@link #FITS}) after {@code from} in the scope, on the binding of the name there. */
    private static Node firstFit(SourceFile f, Scope scope, String name, int from) {
        Node first = null;
        for (String method : FITS) {
            Node fit = firstCall(f, scope, name, method, from);
            if (fit != null && (first == null || fit.start() < first.start())) first = fit;
        }
        return first;
    }

    /** The first {@code name.method(...)} after {@code from} in the scope, on the binding of the name there. */
    private static Node firstCall(SourceFile f, Scope scope, String name, String method, int from) {
        List<Binding> model = scope.lookup(name, from);
        for (Tree.Call c : f.tree().calls()) {
            Node fn = c.node().field("function");
            Node object = fn == null || !fn.is("attribute") ? null : fn.field("object");
            if (!c.name().equals(method) || c.node().start() < from || object == null || !object.is("identifier") || !object.text().equals(name)) continue;
            if (f.scopeOf(c.node()) == scope && scope.lookup(object.text(), c.node().start()).equals(model)) return c.node();
        }
        return null;
    }

    private LabelSpec fitLabels(Node fit, Context here, Target output) {
        Args args = evaluator.arguments(fit, here);
        boolean generator = fit.field("function").field("attribute").text().equals("fit_generator");
        Value y = generator ? Value.UNKNOWN : args.value(1, "y");
        Value data = args.value(0, generator ? "generator" : "x");
        if (data instanceof Instance i) data = batches(i, here);
        Value yielded = generatorRow(args.node(0, generator ? "generator" : "x"), here);
        if (yielded != null) data = new Value.Items(List.of(yielded));
        // fit(train_ds), fit_generator(batches): a dataset of (x, y) rows carries the labels
        if ((generator || args.node(1, "y") == null) && data instanceof Value.Items rows && rows.items().size() == 1
                && rows.items().get(0) instanceof Value.Items row && row.items().size() >= 2) y = row.items().get(1);
        y = output.of(y);
        if (y instanceof Labels l && l.kind().equals("binary")) {
            targetPlace = l.place();
            return new LabelSpec("binary", 0);
        }
        return labels(y);
    }

    /**
     * fit(batches(x, y)) or gen = batches(x, y); fit(gen): the row a project generator function yields in a loop (a Python
     * generator feeds Keras one batch per yield), every yield agreeing; null when x is not such a call.
     */
    private Value generatorRow(Node x, Context at) {
        Node call = x;
        Scope scope = at.scope();
        if (x != null && x.is("identifier")) {
            List<Binding> bound = scope.lookup(x.text(), x.start());
            if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.ASSIGNMENT || !bound.get(0).path().isEmpty()) return null;
            call = bound.get(0).value();
            scope = bound.get(0).scope();
        }
        if (call == null || !call.is("call")) return null;
        Context there = Context.at(scope, call.start());
        if (!(evaluator.eval(call.field("function"), there) instanceof Function g) || g.scope().yields().isEmpty()) return null;
        return evaluator.yieldedBy(g, evaluator.arguments(call, there), there);
    }

    /**
     * A keras.utils.Sequence (Keras 3's PyDataset) of the project: the rows its {@code __getitem__} returns, as a dataset of
     * them; unknown for another object.
     */
    private Value batches(Instance i, Context at) {
        if (!evaluator.extendsLibrary(i.type(), at, "utils.Sequence", "utils.PyDataset")) return Value.UNKNOWN;
        for (Value.ClassDef cls : evaluator.mro(i.type(), at)) {
            Node get = cls.scope().methods().get("__getitem__");
            if (get != null) return new Value.Items(List.of(evaluator.returned(new Function(cls.scope().child(get), i), evaluator.arguments(null, at), at)));
        }
        return Value.UNKNOWN;
    }

    /**
     * Which of fit's targets one output trains on: the entry of a dict of targets keyed by its key among the model's outputs
     * or by its layer's name, the item of a list of targets at its place; targets given whole when it is the only output.
     */
    private record Target(List<String> keys, int place, boolean only) {
        static Target of(String key, Tensor output, boolean only) {
            List<String> keys = new ArrayList<>();
            if (key != null) keys.add(key);
            if (output.name() != null) keys.add(output.name());
            return new Target(keys, key == null ? -1 : LossFlows.position(key), only);
        }

        Value of(Value y) {
            if (y instanceof Dict d) return keys.stream().filter(d.entries()::containsKey).findFirst().map(d.entries()::get).orElse(Value.UNKNOWN);
            if (only) return y;
            return y instanceof Value.Items list && place >= 0 && place < list.items().size() ? list.items().get(place) : Value.UNKNOWN;
        }
    }

    /** Callers of a builder function they fit, at most: more are not followed. */
    private static final int MAX_BUILDER_CALLERS = 8;

    /**
     * A builder that compiles its model and returns it (def get_cnn(...): ... model.compile(...); return model): the labels
     * the callers fit it with (model_1 = get_cnn(...); model_1.fit(x, to_categorical(y))), a notebook's cells included,
     * or, when nothing calls it, that a KerasTuner tuner given it searches with; all the fits found must show the same
     * form of labels.
     */
    private LabelSpec builderFitLabels(SourceFile f, Scope builder, String model, Target output) {
        if (builder.kind() != Scope.Kind.FUNCTION || builder.returns().stream().noneMatch(r -> r.named().size() == 1 && r.named().get(0).is("identifier")
                && r.named().get(0).text().equals(model))) return null;
        LabelSpec agreed = null;
        SourcePlace agreedPlace = null;
        List<SourcePlace> places = new ArrayList<>();
        List<FitCall> fits = new ArrayList<>();
        for (CallSites.Site site : project.callsNamed(builder.name(), f)) {
            Node assign = site.call().parent();
            if (assign == null || !assign.is("assignment") || !site.call().equals(assign.field("right")) || !assign.field("left").is("identifier")) continue;
            Scope scope = site.file().scopeOf(site.call());
            Context at = Context.at(scope, site.call().start());
            if (!(evaluator.eval(site.call().field("function"), at) instanceof Function fn) || fn.scope() != builder) continue;
            if (fits.size() == MAX_BUILDER_CALLERS) return null;
            Node fit = firstFit(site.file(), scope, assign.field("left").text(), assign.end());
            // a caller that compiles the model again before fitting it trains that loss, not the builder's
            Node again = fit == null ? null : firstCall(site.file(), scope, assign.field("left").text(), "compile", assign.end());
            fits.add(new FitCall(site.file(), again != null && fit != null && again.start() < fit.start() ? null : fit));
        }
        if (fits.isEmpty()) fits.addAll(tunerSearches(f, builder));
        for (FitCall fc : fits) {
            Node fit = fc.call();
            Scope scope = fit == null ? null : fc.file().scopeOf(fit);
            LabelSpec labels = fit == null ? null : fitLabels(fit, Context.at(scope, fit.start()), output);
            if (labels == null || agreed != null && !Objects.equals(agreed.format(), labels.format())) {
                targetPlace = null;
                return null;
            }
            // callers training different class counts agree on the form only (one-hot rows of 5 and of 6 columns)
            agreed = agreed == null || agreed.equals(labels) ? labels : new LabelSpec(labels.format(), 0);
            agreedPlace = targetPlace;
            if (targetPlace != null && !places.contains(targetPlace)) places.add(targetPlace);
        }
        targetPlace = agreedPlace;
        builderTargetPlaces = places;
        return agreed;
    }

    /** A fit of a builder's model (null when there is none) in its file. */
    private record FitCall(SourceFile file, Node call) {}

    /** KerasTuner's tuners, which build their hypermodel's model and fit it with what search is given. */
    private static final Set<String> TUNERS = Set.of("RandomSearch", "Hyperband", "BayesianOptimization", "GridSearch");

    /**
     * tuner = keras_tuner.Hyperband(build_model, ...); tuner.search(x, y, ...): KerasTuner fits the builder's model with
     * search's arguments, fit's own (the builder's file only).
     */
    private List<FitCall> tunerSearches(SourceFile f, Scope builder) {
        List<FitCall> out = new ArrayList<>();
        for (Tree.Call c : f.tree().calls()) {
            Node assign = c.node().parent();
            if (!TUNERS.contains(c.name()) || assign == null || !assign.is("assignment") || !c.node().equals(assign.field("right")) || !assign.field("left").is("identifier")) continue;
            Scope scope = f.scopeOf(c.node());
            Context at = Context.at(scope, c.node().start());
            if (!(evaluator.eval(c.node().field("function"), at) instanceof Lib tuner && (tuner.name().startsWith("keras_tuner.") || tuner.name().startsWith("kerastuner.")))) continue;
            if (!(evaluator.arguments(c.node(), at).value(0, "hypermodel") instanceof Function fn) || fn.scope() != builder) continue;
            if (out.size() == MAX_BUILDER_CALLERS) return List.of();
            out.add(new FitCall(f, firstCall(f, scope, assign.field("left").text(), "search", assign.end())));
        }
        return out;
    }

    /** The value of a dict literal's string key, or null. */
    private Node entry(Node dict, String key, Context at) {
        for (Node pair : dict.named()) {
            if (pair.is("pair") && evaluator.eval(pair.field("key"), at) instanceof Literal l && key.equals(l.value())) return pair.field("value");
        }
        return null;
    }

    /** One Keras loss (a name, a loss object, a keras.losses function, a custom Loss wrapping one) on one output. */
    private void kerasLoss(SourceFile f, Node lossNode, Tensor output, Node call, List<String> metrics, Context at, LabelSpec labels) {
        kerasLoss(f, evaluator.eval(lossNode, at), lossNode.place(), output, call, metrics, at, labels);
    }

    /** One Keras loss already evaluated, reported at {@code lossPlace}. */
    private void kerasLoss(SourceFile f, Value loss, SourcePlace lossPlace, Tensor output, Node call, List<String> metrics, Context at, LabelSpec labels) {
        LossSpec spec;
        String shown;
        Loss wrapped;
        if (loss instanceof Literal l && l.value() instanceof String name) {
            spec = LossSpec.named(name);
            shown = "loss='" + name + "'";
        } else if (loss instanceof Loss object && object.framework().equals("keras")) {
            spec = new LossSpec(object.name(), object.options());
            shown = object.shown();
        } else if (loss instanceof Lib q && q.name().matches("(tensorflow|keras|tf_keras)\\..*losses\\.\\w+")) {
            // keras.losses.X, tf.keras.losses.X, tf.losses.X; another library's losses (segmentation_models) are not Keras's
            spec = LossSpec.named(q.name().substring(q.name().lastIndexOf('.') + 1));
            shown = q.name().replace("tensorflow.", "tf.");
        } else if (loss instanceof Value.Partial p && p.function().name().matches("(tensorflow|keras|tf_keras)\\..*losses\\.[a-z_]+")) {
            // loss=partial(keras.losses.categorical_crossentropy, from_logits=True): Keras calls the function with the options fixed
            String name = p.function().name();
            String prefix = name.substring(0, name.lastIndexOf('.'));
            spec = new LossSpec(name.substring(prefix.length() + 1), kerasOptions(prefix, List.of(p.fixed())));
            shown = "partial(" + name.replace("tensorflow.", "tf.") + ")";
        } else if (loss instanceof Lib q && tfLogitsLoss(q.name()) != null) {
            // loss=tf.nn.softmax_cross_entropy_with_logits: Keras calls it (y_true, y_pred), labels and logits in its order
            spec = new LossSpec(tfLogitsLoss(q.name()), new LossOptions(Map.of("from_logits", true)));
            shown = q.name().replace("tensorflow.", "tf.");
        } else if (loss instanceof Instance i && (wrapped = wrappedKerasLoss(i, at)) != null
                || loss instanceof Value.Function fn && (wrapped = kerasLossFunction(fn)) != null) {
            spec = new LossSpec(wrapped.name(), wrapped.options());
            shown = wrapped.shown();
            if (ownLabels.contains(wrapped)) labels = null;
        } else {
            targetPlace = null;
            labelsByName = false;
            return; // a custom function, or a form not followed
        }
        emit(f, output, "keras", spec, shown, lossPlace, call.place(), metrics, labels);
    }

    private List<String> metrics(Node list, Context at) {
        List<String> names = new ArrayList<>();
        if (list != null && !list.is("list") && evaluator.eval(list, at) instanceof Value.Items items) {
            // metrics=TRAIN["metrics"]: a list from a settings dict
            for (Value v : items.items()) if (v instanceof Literal l && l.value() instanceof String str) names.add(str);
            return names;
        }
        if (list == null || !list.is("list")) return names;
        for (Node m : list.named()) {
            Value v = evaluator.eval(m, at);
            if (v instanceof Literal l && l.value() instanceof String str) names.add(str);
            else if (m.is("call") || v instanceof Lib) {
                String text = (m.is("call") ? m.field("function") : m).text();
                names.add(text.substring(text.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    /**
     * A PyTorch loss's labels; 0/1 targets made by a comparison ((x @ w > 0).float()) only where the catalog says the loss
     * takes -1/+1 ones (SoftMarginLoss, HingeEmbeddingLoss): other losses take 0/1, and their task is not read from them.
     * Such labels are right for every other loss, so the finding stands at this one ({@code lossPlace}).
     */
    private LabelSpec torchLabels(Value target, String loss, SourcePlace lossPlace) {
        if (!(target instanceof Labels l && l.kind().equals("binary"))) return labels(target);
        if (CATALOG.find("pytorch", loss).filter(e -> e.labels().equals("signed")).isEmpty()) return null;
        targetPlace = lossPlace;
        return new LabelSpec("binary", 0);
    }

    /** The labels a loss call is given, when the code shows what they are: F.one_hot(y, 10), torch.eye(K)[y], y.max(1)[0]. */
    private LabelSpec labels(Value target) {
        if (!(target instanceof Labels l)) return null;
        targetPlace = l.place();
        return switch (l.kind()) {
            case "one_hot" -> new LabelSpec("one_hot", l.classes());
            case "multi_hot" -> new LabelSpec("multi_hot", l.classes());
            case "max_value" -> new LabelSpec("max_of_one_hot", 0);
            case "mixed_one_hot" -> {
                targetPlace = null; // made in an augmentation helper: the finding stands at the loss that cannot take them
                yield new LabelSpec("mixed_one_hot", l.classes());
            }
            case "index" -> new LabelSpec("integer", 0);
            case "label_column" -> {
                labelsByName = true;
                yield new LabelSpec("integer", 0);
            }
            default -> null;
        };
    }

    private void emit(SourceFile file, Value value, String framework, LossSpec loss, String shownLoss, SourcePlace lossPlace, SourcePlace callPlace,
                      List<String> metrics, LabelSpec labels) {
        SourcePlace targetPlace = this.targetPlace;
        List<SourcePlace> builderPlaces = builderTargetPlaces;
        boolean byName = labelsByName;
        this.targetPlace = null;
        builderTargetPlaces = List.of();
        labelsByName = false;
        if (value instanceof Value.Pieces p) value = p.whole(); // torch.cat of per-label heads given to the loss as it is
        if (!(value instanceof Tensor joined) || !Vocabulary.ACTIVATIONS.contains(joined.base())) return; // a flow not followed: say nothing
        if (byName && !joined.base().equals("softmax") && !joined.base().equals("log_softmax")) {
            // a column named label under one linear or sigmoid unit may be a score (STS-B) or 0/1: not evidence of classes
            labels = null;
            targetPlace = null;
        }
        // two notebooks fitting one builder's model on labels of their own: a finding at the labels stands in each
        List<SourcePlace> targetPlaces = targetPlace != null && builderPlaces.contains(targetPlace) ? builderPlaces : Collections.singletonList(targetPlace);
        // each candidate in its own place, with the width all candidates agree on (when theirs differ, the least of them as a bound)
        for (SourcePlace labelsAt : targetPlaces) {
            for (Tensor flow : joined.candidates()) emit(file, flow, joined.units(), framework, loss, shownLoss, lossPlace, callPlace, metrics, labels, labelsAt);
        }
    }

    /** One candidate of a flow, in its own place. */
    private void emit(SourceFile file, Tensor flow, int units, String framework, LossSpec loss, String shownLoss, SourcePlace lossPlace, SourcePlace callPlace,
                      List<String> metrics, LabelSpec labels, SourcePlace targetPlace) {
        if (option == null) heads.add(flow.place());
        else if (heads.contains(flow.place())) return;
        // the labels' place too: a builder compiled once and fitted by two notebooks on labels of their own is two flows;
        // and the loss and width: a call whose loss each caller picks (cross_entropy from one, binary_cross_entropy from
        // another) and heads made by one line in a loop, given the entries of one losses dict, are a flow each
        String key = flow.place() + "|" + lossPlace + "|" + callPlace + "|" + targetPlace + "|" + loss.name() + "|" + units;
        if (!seen.add(key)) return;
        if (option != null) pinnedKeys.add(key);
        String what = flow.activation().equals("linear") ? "a linear output (" + flow.shown() + ")" : flow.axis() == 0 ? flow.base() + " over axis 0" : flow.activation();
        String story = what + " at " + flow.place() + " feeds " + shownLoss + " at " + lossPlace + (entry == null ? "" : " when called from " + entry)
                + (subclass == null ? "" : " when self is a " + subclass.name() + " (" + subclass.scope().node().place() + ")")
                + (option == null ? "" : " when run with " + option.shown());
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("/output/activation", flow.place().toString());
        locations.put("/output", flow.place().toString());
        locations.put("/loss", lossPlace.toString());
        locations.put("/metrics", callPlace.toString());
        locations.put("", callPlace.toString());
        if (entry != null) locations.put("/entry", entry.toString());
        if (subclass != null) locations.put("/entry", subclass.scope().node().place().toString());
        if (labels != null && targetPlace != null) locations.put("/labels/format", targetPlace.toString());
        onFound.accept(file.path());
        found.add(new Found(file.path(), new ModelDescription(story, framework, null, new OutputSpec(Math.max(units, 0), flow.base(), flow.times(), flow.axis(), Math.max(-units, 0), flow.over()), loss, labels, null,
                List.of(), story, List.copyOf(metrics), new FileContents(true, true, null, FileContents.FORMAT_PYTHON), Map.copyOf(locations))));
    }
}
