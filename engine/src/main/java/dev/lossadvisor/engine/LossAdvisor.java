package dev.lossadvisor.engine;

import dev.lossadvisor.engine.input.ConfirmRequest;
import dev.lossadvisor.engine.input.RecommendRequest;
import dev.lossadvisor.engine.catalog.LossCatalog;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.input.Names;
import dev.lossadvisor.engine.catalog.LossEntry;
import dev.lossadvisor.engine.input.DescriptionReader;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.RequestReader;
import dev.lossadvisor.engine.input.SampleReader;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.input.Samples;
import dev.lossadvisor.engine.inspect.LabelInspector;
import dev.lossadvisor.engine.inspect.Saturation;
import dev.lossadvisor.engine.losses.Decimals;
import dev.lossadvisor.engine.losses.LossCalculator;
import dev.lossadvisor.engine.losses.LossValue;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.read.ModelReader;
import dev.lossadvisor.engine.scripts.Scripts;
import dev.lossadvisor.engine.rules.Conclusions;
import dev.lossadvisor.engine.rules.RuleBase;
import dev.lossadvisor.facts.FileContents;
import dev.lossadvisor.facts.Framework;
import dev.lossadvisor.facts.FrameworkAdvice;
import dev.lossadvisor.facts.LabelStats;
import dev.lossadvisor.facts.LossConfig;
import dev.lossadvisor.facts.Metric;
import dev.lossadvisor.facts.ModelInfo;
import dev.lossadvisor.facts.Output;
import dev.lossadvisor.facts.Recommendation;
import dev.lossadvisor.facts.SaturatedOutputs;
import dev.lossadvisor.facts.UnitsAtLeast;
import dev.lossadvisor.facts.UnknownLoss;
import dev.lossadvisor.facts.UnsupportedOption;
import dev.lossadvisor.engine.samples.SampleMatrix;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The public entry point: recommend a loss for a task, validate a model description.
 * Create one and share it; it is immutable and thread-safe.
 */
public final class LossAdvisor {
    public static final List<String> TASKS = DescriptionReader.TASKS;
    public static final List<String> FRAMEWORKS = DescriptionReader.FRAMEWORKS;
    /** The rule on misspelt suppressions: no suppression silences it. */
    private static final String UNKNOWN_SUPPRESSION = "unknown-suppression";

    private final RuleBase ruleBase;
    private final LossCatalog catalog;
    private final DescriptionReader reader;
    private final RequestReader requests;
    private final ModelReader models;

    private LossAdvisor(RuleBase ruleBase, LossCatalog catalog) {
        this.ruleBase = ruleBase;
        this.catalog = catalog;
        this.reader = new DescriptionReader();
        this.requests = new RequestReader(reader);
        this.models = new ModelReader(reader);
    }

    /** Loads the compiled rules and the loss catalog (read on another core while the rules build). */
    public static LossAdvisor create() {
        CompletableFuture<LossCatalog> catalog = CompletableFuture.supplyAsync(LossCatalog::load);
        RuleBase rules = RuleBase.load();
        return new LossAdvisor(rules, catalog.join());
    }

    public List<RuleInfo> rules() {
        return ruleBase.rules();
    }

    /** A rule by code (LA001) or name (mse-for-classification), case-insensitive. */
    public Optional<RuleInfo> rule(String codeOrName) {
        return rules().stream().filter(r -> r.code().equalsIgnoreCase(codeOrName) || r.name().equalsIgnoreCase(codeOrName)).findFirst();
    }

    /** A rule by code or name; @throws InputException at {@code path} when there is none. */
    public RuleInfo requireRule(String codeOrName, String path) {
        return rule(codeOrName).orElseThrow(() -> new InputException(path, "no rule named '" + codeOrName + "'",
                "run 'loss-advisor rules' to list codes and names"));
    }

    public LossCatalog catalog() {
        return catalog;
    }

    /** Parses a model description; @throws InputException naming the bad field. */
    public ModelDescription parse(String json) {
        return reader.read(json);
    }

    /** Parses a model description from a stream in one pass; @throws InputException naming the bad field. */
    public ModelDescription parse(InputStream json) {
        return reader.read(json);
    }

    /**
     * Reads a model file of any format Loss Advisor knows, detected from its content: Loss Advisor JSON, a .keras
     * archive, Keras HDF5, Keras or TF.js model JSON, or a TF SavedModel directory; or training code: a .py file or a
     * Jupyter notebook (.ipynb, places "train.ipynb:cell 7:3:12"), each with the project around it.
     *
     * @return one description per output head
     * @throws InputException for a damaged file, or one that holds no model ({@link InputException#notAModel()})
     */
    public List<ModelDescription> read(Path file) {
        return models.read(file);
    }

    /** The one output of a model, for uses that take one; @throws InputException for a model with several. */
    public static ModelDescription single(List<ModelDescription> heads) {
        if (heads.size() == 1) return heads.get(0);
        throw new InputException("", "the model has " + heads.size() + " outputs (" + String.join(", ", heads.stream().map(ModelDescription::head).toList())
                + ")", "describe the output to use in Loss Advisor JSON");
    }

    /**
     * Lints training code, Python files and Jupyter notebooks: every flow from a model's output into a loss, across the
     * project's files; a notebook's places name its cells ("train.ipynb:cell 7:3:12").
     *
     * @param root  the project directory (module names come from paths under it); null to use each file's folder
     * @param files the .py and .ipynb files to report on
     */
    public static List<PythonSources.Outcome> lintPython(Path root, List<Path> files) {
        return lintPython(root, files, () -> {});
    }

    /**
     * As above, running {@code firstFound} once, on the analysing thread, as soon as a flow is found in one of the files:
     * a caller that builds the rule base only for the descriptions found can start it then, beside the analysis.
     */
    public static List<PythonSources.Outcome> lintPython(Path root, List<Path> files, Runnable firstFound) {
        return root != null ? Scripts.analyse(root, files, Path::toString, firstFound) : Scripts.analyseNamed(files, firstFound);
    }

    /** True for a directory that is one model (a TF SavedModel), not a folder to search. */
    public boolean isModelDirectory(Path dir) {
        return ModelReader.isModelDirectory(dir);
    }

    /** Reads a model from a stream (an upload, a request body), as {@link #read(Path)} does a file. */
    public List<ModelDescription> read(InputStream in) {
        return models.read(in);
    }

    /** A task name as the rules know it (case, '_' and blanks forgiven); @throws InputException at {@code path} for an unknown one. */
    public String task(String name, String path) {
        return normalise(name, TASKS, path);
    }

    /** Parses a recommendation request {"task", "frameworks", "classes", "labels"}; @throws InputException naming the bad field. */
    public RecommendRequest parseRequest(InputStream json) {
        return requests.readRequest(json);
    }

    /**
     * Parses pasted sample labels: a JSON array, or numbers separated by commas or blanks (one row per line).
     *
     * @param path JSON pointer of the field the text came from, for error messages
     */
    public SampleMatrix parseLabels(String text, String path) {
        return SampleReader.readLabels(text, path);
    }

    /** Validates a model description given as JSON; @throws InputException naming the bad field. */
    public ValidationReport validate(String json) {
        return validate(parse(json));
    }

    public ValidationReport validate(ModelDescription d) {
        requireRowPerLabel(d);
        // a loss the catalog does not know is a finding, not bad input: the other rules still run
        // the catalog entry looked up once: unknownLoss and resolve would each look it up again
        Optional<LossEntry> entry = d.loss() == null ? Optional.empty() : catalog.find(d.framework(), d.loss().name());
        Optional<UnknownLoss> unknown = d.loss() == null || entry.isPresent() ? Optional.empty() : catalog.unknownLoss(d.framework(), d.loss().name());
        LossConfig loss = d.loss() == null || unknown.isPresent() ? null
                : entry.isPresent() ? catalog.resolve(d.framework(), entry.get(), d.loss()) : catalog.resolve(d.framework(), d.loss());
        List<UnsupportedOption> unsupported = loss == null ? List.of() : catalog.unsupportedOptions(d.framework(), d.loss());
        List<Object> facts = new ArrayList<>();
        unknown.ifPresent(facts::add);
        facts.addAll(unsupported);
        facts.add(new ModelInfo(d.name(), d.framework(), d.task(),
                d.labels() == null ? null : d.labels().format(), d.labels() == null ? 0 : d.labels().numClasses()));
        if (d.output() != null) facts.add(new Output(d.output().units(), d.output().activation(), d.output().times(), d.output().axis(), d.output().over()));
        if (d.output() != null && d.output().atLeast() > 0) facts.add(new UnitsAtLeast(d.output().atLeast()));
        if (loss != null) facts.add(loss);
        facts.add(d.contents());
        d.metrics().forEach(m -> facts.add(new Metric(m)));
        facts.add(new Framework(d.framework()));
        Map<String, String> reasons = suppressions(d, facts);
        Samples s = d.samples();
        if (s != null && s.outputStats() != null) facts.add(s.outputStats());
        LabelStats seen = s == null || s.labelStats() == null ? null : labelStatsSeenByLoss(d, s);
        if (seen != null) facts.add(seen);
        if (s != null && s.outputs() != null && s.labels() != null) {
            SaturatedOutputs saturated = Saturation.of(s.outputs(), s.labels());
            if (saturated != null) facts.add(saturated);
        }
        Conclusions c = ruleBase.run(facts);

        int units = d.output() == null ? 0 : d.output().units();
        Advice advice = c.recommendation() == null ? null : advice(c, classes(d, c, units), s == null ? null : s.labelStats());
        LossValue configured = null;
        LossValue recommended = null;
        if (s != null && s.outputs() != null && loss != null && (s.labels() != null || loss.labels().equals("none"))) {
            configured = LossCalculator.configured(d.framework(), loss, d.loss().options(), unsupported, s.outputs(), s.labels());
        }
        if (s != null && s.outputs() != null && s.labels() != null) {
            if (c.recommendation() != null) {
                recommended = LossCalculator.recommended(c.recommendation(), c.outputForm() == null ? null : c.outputForm().form(),
                        catalog, s.outputs(), s.labels());
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        boolean source = FileContents.FORMAT_PYTHON.equals(d.contents().format());
        for (Finding raw : c.findings()) {
            Finding f = raw.at(d.locate(raw.path()));
            // in source code the finding names both ends of the flow: where the output is made and the loss it feeds
            if (source) f = f.withMessage(f.message() + " (" + d.head() + ")");
            String reason = reasons.getOrDefault(f.rule(), reasons.get(ModelDescription.Suppression.ALL));
            if (reason == null || f.rule().equals(UNKNOWN_SUPPRESSION)) findings.add(f);
            else suppressed.add(new Suppressed(f, reason));
        }
        return new ValidationReport(d.name(), d.head(), read(d), d.framework(), List.copyOf(findings), List.copyOf(suppressed), advice, configured, recommended,
                d.locations());
    }

    /** What was read: the output's units and activation and the loss they feed. */
    private static String read(ModelDescription d) {
        String output = d.output() == null ? "output not read"
                : d.output().units() + (d.output().units() == 1 ? " unit, " : " units, ") + d.output().activation();
        return output + " → " + (d.loss() == null ? "no loss" : d.loss().name());
    }

    /** One label row per output row, except for a sequence loss (CTC), whose outputs are one sequence's time steps. */
    private void requireRowPerLabel(ModelDescription d) {
        Samples s = d.samples();
        if (s == null || s.outputs() == null || s.labels() == null || s.outputs().rows() == s.labels().rows()) return;
        boolean sequence = d.loss() != null && catalog.find(d.framework(), d.loss().name()).map(e -> e.labels().equals("sequence")).orElse(false);
        if (!sequence) {
            throw new InputException("/samples/labels", "has " + s.labels().rows() + " rows but /samples/outputs has " + s.outputs().rows(),
                    "give one label row per output row");
        }
    }

    /**
     * Label statistics over the labels the loss trains on: rows labelled with its ignore_index (-100 by default in
     * CrossEntropyLoss and NLLLoss) or Keras's ignore_class are masked, as the loss masks them; null when all are.
     */
    private LabelStats labelStatsSeenByLoss(ModelDescription d, Samples s) {
        if (d.loss() == null || s.labels().width() != 1) return s.labelStats();
        Optional<LossEntry> e = catalog.find(d.framework(), d.loss().name());
        Double ignored = e.isEmpty() ? null : e.get().takes("ignore_index") ? Double.valueOf(d.loss().options().number("ignore_index", -100))
                : e.get().takes("ignore_class") ? d.loss().options().number("ignore_class") : null;
        if (ignored == null) return s.labelStats();
        SampleMatrix kept = s.labels().without(ignored);
        if (kept.rows() == s.labels().rows()) return s.labelStats();
        return kept.rows() == 0 ? null : inspect(kept);
    }

    /**
     * The class count the advice is written for: declared, else the final layer's width when the rules settled on a
     * task with one unit per class (the layer is what trains, whatever few classes the samples happen to show); 0
     * when neither says, and the advice falls back to the classes in the sample labels.
     */
    private static int classes(ModelDescription d, Conclusions c, int units) {
        if (d.labels() != null && d.labels().numClasses() > 0) return d.labels().numClasses();
        boolean perClass = c.task() != null && (c.task().family().equals("multiclass") || c.task().family().equals("multilabel"));
        return perClass && units > 1 ? units : 0;
    }

    /**
     * The description's suppressions by rule name (a bare "# noqa" under {@link ModelDescription.Suppression#ALL}),
     * each also a fact for the rules on suppressions: one naming no rule is a finding where it is written, not an abort.
     */
    private Map<String, String> suppressions(ModelDescription d, List<Object> facts) {
        if (d.suppressions().isEmpty()) return Map.of();
        Map<String, String> reasons = new HashMap<>();
        for (int i = 0; i < d.suppressions().size(); i++) {
            ModelDescription.Suppression s = d.suppressions().get(i);
            String at = s.place() != null ? s.place() : "/suppress/" + i + "/rule";
            boolean all = s.rule().equals(ModelDescription.Suppression.ALL);
            Optional<RuleInfo> rule = all ? Optional.empty() : rule(s.rule());
            String name = all ? s.rule() : rule.map(RuleInfo::name).orElse(s.rule());
            String nearest = all || rule.isPresent() ? ""
                    : String.join(", ", Names.closest(s.rule(), rules().stream().flatMap(r -> java.util.stream.Stream.of(r.name(), r.code())), 3));
            facts.add(new dev.lossadvisor.facts.Suppression(name, all || rule.isPresent(), all, nearest, at));
            if (all || rule.isPresent()) reasons.putIfAbsent(name, s.reason());
        }
        return reasons;
    }

    /** Recommends loss, activation, labels and units for a task; @throws InputException for an unknown task or framework. */
    public Advice recommend(RecommendRequest request) {
        String task = request.task() == null ? null : normalise(request.task(), TASKS, "/task");
        List<String> frameworks = request.frameworks().isEmpty() ? FRAMEWORKS
                : request.frameworks().stream().map(f -> normalise(f, FRAMEWORKS, "/frameworks")).toList();
        LabelStats labelStats = null;
        if (request.labels() != null && request.labels().rows() > 0) labelStats = inspect(request.labels());
        if (task == null && labelStats == null) {
            throw new InputException("/task", "missing", "give a task (" + String.join(", ", TASKS) + ") or sample labels to infer it from");
        }
        List<Object> facts = new ArrayList<>();
        facts.add(new ModelInfo("request", frameworks.get(0), task, null, request.numClasses()));
        if (labelStats != null) facts.add(labelStats);
        frameworks.forEach(f -> facts.add(new Framework(f)));
        Conclusions c = ruleBase.run(facts);
        if (c.recommendation() == null) {
            throw new InputException("/task", "no recommendation for task '" + (c.task() == null ? task : c.task().kind()) + "'",
                    "use one of " + String.join(", ", TASKS));
        }
        return advice(c, request.numClasses(), labelStats);
    }

    /** Parses a confirm request {"task", "seeds", "model"}; @throws InputException naming the bad field. */
    public ConfirmRequest parseConfirmRequest(InputStream json) {
        return requests.readConfirmRequest(json);
    }

    private static LabelStats inspect(SampleMatrix labels) {
        LabelInspector inspector = new LabelInspector();
        for (int r = 0; r < labels.rows(); r++) {
            for (int col = 0; col < labels.width(); col++) {
                double v = labels.get(r, col);
                if (!Double.isFinite(v)) throw new InputException("/labels/" + r + "/" + col, "label is " + v, "labels must be finite numbers");
                inspector.accept(v);
            }
            inspector.endRow();
        }
        return inspector.stats(labels);
    }

    private static String normalise(String value, List<String> allowed, String path) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (allowed.contains(v)) return v;
        throw new InputException(path, "unknown value '" + value + "'", "use one of " + String.join(", ", allowed));
    }

    /** Turns the rules' recommendation into advice, filling the framework code's placeholders from what is known. */
    private static Advice advice(Conclusions c, int knownClasses, LabelStats labels) {
        Recommendation r = c.recommendation();
        int k = knownClasses > 0 ? knownClasses : labels != null && labels.classes() > 0 ? labels.classes() : 0;
        String units = unitCount(r.units(), k);
        boolean ratio = labels != null && labels.imbalanceRatio() > 0;
        String[] values = {units, "\"", ratio ? Decimals.fixed(labels.imbalanceRatio(), 1) : "n_neg / n_pos",
                ratio ? Decimals.fixed(Math.sqrt(labels.imbalanceRatio()), 1) : "(n_neg / n_pos) ** 0.5"};
        List<Advice.FrameworkCode> code = new ArrayList<>();
        for (FrameworkAdvice a : c.advice()) {
            code.add(new Advice.FrameworkCode(a.framework(), fill(a.loss(), values), fill(a.layer(), values), fill(a.labels(), values),
                    fill(a.snippet(), values)));
        }
        String unitsText = k > 0 && r.units().startsWith("K") ? units + r.units().substring(r.units().startsWith("K-1") ? 3 : 1) : r.units();
        return new Advice(r.task(), c.task() == null ? "" : c.task().evidence(), r.loss(), r.activation(), r.labelFormat(),
                unitsText, r.rationale(), r.alternatives(), List.copyOf(code));
    }

    /** The unit count for the code: the table's expression (1, K, K-1, ...) with K filled in when known. */
    private static String unitCount(String expression, int k) {
        if (expression.startsWith("K-1")) return k > 0 ? String.valueOf(k - 1) : "K - 1";
        if (expression.startsWith("K")) return k > 0 ? String.valueOf(k) : "K";
        return "1";
    }

    /** The placeholders of the framework table's code, in the order of {@link #fill}'s values. */
    private static final String[] PLACEHOLDERS = {"{units}", "{q}", "{pos_weight}", "{sqrt_pos_weight}"};

    /**
     * The template with its placeholders ({@link #PLACEHOLDERS}) replaced by the values at the same index, in one pass (the
     * snippets are a few hundred characters each, and Java's braces are many: an array, not a map's entries, per brace).
     */
    private static String fill(String template, String[] values) {
        if (template.indexOf('{') < 0) return template;
        StringBuilder b = new StringBuilder(template.length() + 16);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            for (int i = 0; i < PLACEHOLDERS.length; i++) {
                if (!template.startsWith(PLACEHOLDERS[i], open)) continue; // else a brace of the code itself
                b.append(template, from, open).append(values[i]);
                from = open + PLACEHOLDERS[i].length();
                break;
            }
        }
        return b.append(template, from, template.length()).toString();
    }
}
