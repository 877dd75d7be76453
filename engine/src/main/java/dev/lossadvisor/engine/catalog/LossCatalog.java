package dev.lossadvisor.engine.catalog;

import dev.lossadvisor.engine.input.Names;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.facts.LossConfig;
import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.facts.UnknownLoss;
import dev.lossadvisor.facts.UnsupportedOption;
import dev.lossadvisor.facts.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The loss names each framework accepts and what each loss expects, read from the rules module's catalog. */
public final class LossCatalog {
    private static final String RESOURCE = "dev/lossadvisor/catalog/losses.csv";
    /** Option groups the catalog's options column names with '@': what every loss of a framework takes. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "@keras", List.of("reduction", "name", "dtype", "epsilon", "class_weight"),
            "@torch", List.of("reduction", "size_average", "reduce"),
            "@djl", List.of("weight", "name"));

    private final List<LossEntry> entries;
    /** framework + "/" + name key → entry, for the per-validation lookup. */
    private final Map<String, LossEntry> byKey = new HashMap<>();
    /** The kinds of the losses that take logits, by framework. */
    private final Map<String, Set<String>> logitKinds = new HashMap<>();

    private LossCatalog(List<LossEntry> entries) {
        this.entries = List.copyOf(entries);
        for (LossEntry e : entries) {
            byKey.putIfAbsent(e.framework() + "/" + Names.key(e.name()), e);
            if (e.input().equals("logits")) logitKinds.computeIfAbsent(e.framework(), f -> new HashSet<>()).add(e.kind());
        }
    }

    public static LossCatalog load() {
        try (InputStream in = LossCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE + " on the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LossEntry> list = new ArrayList<>();
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                LossEntry e = new LossEntry(c[0], c[1], c[2], c[3], c[4], blankToNull(c[5]), blankToNull(c[6]), c[7], c[8].equals("1"), options(c[9]));
                check(e);
                list.add(e);
            }
            return new LossCatalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options column: names and @groups separated by '|'. */
    private static Set<String> options(String column) {
        Set<String> names = new TreeSet<>();
        for (String token : column.split("\\|")) {
            if (token.isEmpty()) continue;
            List<String> group = GROUPS.get(token);
            if (token.startsWith("@") && group == null) throw new IllegalStateException(RESOURCE + ": unknown option group " + token);
            names.addAll(group != null ? group : List.of(token));
        }
        return Set.copyOf(names);
    }

    /** Every name in a catalog row must be one the rules know, and every option one whose type Loss Advisor knows. */
    private static void check(LossEntry e) {
        String where = RESOURCE + " " + e.framework() + "/" + e.name();
        Vocabulary.check("Framework.name", e.framework(), where);
        Vocabulary.check("LossConfig.kind", e.kind(), where);
        Vocabulary.check("LossConfig.family", e.family(), where);
        Vocabulary.check("LossConfig.input", e.input(), where);
        if (e.whenLogitsTrue() != null) Vocabulary.check("LossConfig.input", e.whenLogitsTrue(), where);
        if (e.whenLogitsFalse() != null) Vocabulary.check("LossConfig.input", e.whenLogitsFalse(), where);
        Vocabulary.check("LossConfig.labels", e.labels(), where);
        for (String o : e.options()) {
            if (LossOptions.typeOf(o).isEmpty()) throw new IllegalStateException(where + ": option '" + o + "' has no type in LossOptions");
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    public List<LossEntry> entries() {
        return entries;
    }

    /** The entry for this spelling in this framework, if any. */
    public Optional<LossEntry> find(String framework, String name) {
        return Optional.ofNullable(byKey.get(framework + "/" + Names.key(name)));
    }

    /**
     * Resolves a loss as written into the fact the rules reason over.
     *
     * @throws InputException naming /loss/name with the closest known names, or /loss/from_logits when
     *                        the loss has no such option
     */
    public LossConfig resolve(String framework, LossSpec spec) {
        return resolve(framework, find(framework, spec.name()).orElseThrow(() -> unknown(framework, spec.name())), spec);
    }

    /** As above, for the entry {@link #find} gave for the spec's name. */
    public LossConfig resolve(String framework, LossEntry e, LossSpec spec) {
        LossOptions o = spec.options();
        String input = e.input();
        if (spec.fromLogits() != null && e.hasFromLogitsOption()) input = spec.fromLogits() ? e.whenLogitsTrue() : e.whenLogitsFalse();
        if (e.takes("log_input") && !o.flag("log_input", true)) input = "rates"; // PoissonNLLLoss(log_input=False) takes the rate itself
        // one catalogue row, two losses: DJL's softmaxCrossEntropyLoss is the sparse one unless sparseLabel=false
        boolean dense = e.takes("sparse_label") && !o.flag("sparse_label", true);
        String kind = dense ? "cce" : e.kind();
        boolean logLoss = e.logWhenProbabilities() && input.equals("probabilities");
        boolean logitsVariant = e.hasFromLogitsOption() || hasLogitsSibling(framework, e.kind());
        boolean binary = e.kind().equals("bce") || e.kind().equals("multilabel_soft_margin");
        boolean balancing = e.takes("apply_class_balancing") && o.flag("apply_class_balancing", false);
        boolean classWeights = e.takes("weight") && !binary && !framework.equals("djl") && o.has("weight");
        boolean weighted = (e.takes("pos_weight") && o.has("pos_weight")) || (e.takes("class_weight") && o.has("class_weight"))
                || classWeights || balancing;
        return new LossConfig(spec.name(), kind, e.family(), input, dense ? "one_hot" : e.labels(), logLoss, logitsVariant,
                e.takes("epsilon") ? o.number("epsilon") : null, e.takes("gamma") ? o.number("gamma") : null, weighted,
                e.takes("label_smoothing") ? o.number("label_smoothing", 0) : 0, e.takes("reduction") ? o.reduction() : null,
                binary && framework.equals("pytorch") && o.has("weight"), balancing, e.takes("alpha") ? o.number("alpha") : null);
    }

    /** The options written for this loss that the framework's loss does not take, each with what it does take. */
    public List<UnsupportedOption> unsupportedOptions(String framework, LossSpec spec) {
        if (spec.options().values().isEmpty()) return List.of();
        Optional<LossEntry> entry = find(framework, spec.name());
        if (entry.isEmpty()) return List.of();
        LossEntry e = entry.get();
        Set<String> accepted = new TreeSet<>(e.options());
        if (e.hasFromLogitsOption()) accepted.add("from_logits");
        List<UnsupportedOption> list = new ArrayList<>();
        for (String option : spec.options().values().keySet()) {
            if (e.takes(option)) continue;
            List<String> near = Names.closest(option, accepted.stream(), 1);
            list.add(new UnsupportedOption(e.name(), framework, option, String.join(", ", accepted), near.isEmpty() ? "" : near.get(0)));
        }
        return List.copyOf(list);
    }

    /**
     * The fact for a name this catalog does not know in any framework (a custom loss, a typo), with the closest known
     * names; empty when the name is known here, or is another framework's (which {@link #resolve} reports as an error).
     */
    public Optional<UnknownLoss> unknownLoss(String framework, String name) {
        if (find(framework, name).isPresent()) return Optional.empty();
        if (entries.stream().anyMatch(x -> Names.key(x.name()).equals(Names.key(name)))) return Optional.empty();
        List<String> near = Names.closest(name, entries.stream().filter(x -> x.framework().equals(framework)).map(LossEntry::name), 3);
        return Optional.of(new UnknownLoss(name, framework, String.join(", ", near)));
    }

    private boolean hasLogitsSibling(String framework, String kind) {
        return logitKinds.getOrDefault(framework, Set.of()).contains(kind);
    }

    private InputException unknown(String framework, String name) {
        Optional<LossEntry> elsewhere = entries.stream().filter(x -> Names.key(x.name()).equals(Names.key(name))).findFirst();
        if (elsewhere.isPresent()) {
            return new InputException("/loss/name", "'" + name + "' is a " + elsewhere.get().framework() + " loss, but framework is " + framework,
                    "set framework to " + elsewhere.get().framework() + " or use a " + framework + " loss name");
        }
        List<String> near = Names.closest(name, entries.stream().filter(x -> x.framework().equals(framework)).map(LossEntry::name), 3);
        return new InputException("/loss/name", "unknown " + framework + " loss '" + name + "'",
                near.isEmpty() ? "run 'loss-advisor losses' to list known names" : "did you mean " + String.join(", ", near) + "?");
    }
}
