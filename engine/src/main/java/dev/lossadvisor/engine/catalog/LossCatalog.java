package dev.lossadvisor.engine.catalog;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.facts.LossConfig;
import dev.lossadvisor.facts.UnknownLoss;
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

/** The loss names each framework accepts and what each loss expects, read from the rules module's catalog. */
public final class LossCatalog {
    private static final String RESOURCE = "dev/lossadvisor/catalog/losses.csv";

    private final List<LossEntry> entries;
    /** framework + "/" + name key → entry, for the per-validation lookup. */
    private final Map<String, LossEntry> byKey = new HashMap<>();
    /** framework + "/" + kind of every loss that takes logits. */
    private final Set<String> logitKinds = new HashSet<>();

    private LossCatalog(List<LossEntry> entries) {
        this.entries = List.copyOf(entries);
        for (LossEntry e : entries) {
            byKey.putIfAbsent(e.framework() + "/" + Names.key(e.name()), e);
            if (e.input().equals("logits")) logitKinds.add(e.framework() + "/" + e.kind());
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
                list.add(new LossEntry(c[0], c[1], c[2], c[3], c[4], blankToNull(c[5]), blankToNull(c[6]), c[7], c[8].equals("1")));
            }
            return new LossCatalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        LossEntry e = find(framework, spec.name()).orElseThrow(() -> unknown(framework, spec.name()));
        String input = e.input();
        if (spec.fromLogits() != null) {
            if (!e.hasFromLogitsOption()) {
                throw new InputException("/loss/from_logits", e.name() + " has no from_logits option",
                        "its input is fixed: " + e.input() + "; remove the option or choose the other form of the loss");
            }
            input = spec.fromLogits() ? e.whenLogitsTrue() : e.whenLogitsFalse();
        }
        boolean logLoss = e.logWhenProbabilities() && input.equals("probabilities");
        boolean logitsVariant = e.hasFromLogitsOption() || hasLogitsSibling(framework, e.kind());
        boolean weighted = spec.classWeighted() || spec.alpha() != null;
        return new LossConfig(spec.name(), e.kind(), e.family(), input, e.labels(), logLoss, logitsVariant,
                spec.epsilon(), spec.gamma(), weighted, spec.labelSmoothing());
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
        return logitKinds.contains(framework + "/" + kind);
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
