package dev.lossadvisor.engine.rules;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.facts.CodeRequest;
import dev.lossadvisor.facts.FindingSink;
import dev.lossadvisor.facts.Framework;
import dev.lossadvisor.facts.FrameworkAdvice;
import dev.lossadvisor.facts.LabelForm;
import dev.lossadvisor.facts.OutputForm;
import dev.lossadvisor.facts.Recommendation;
import dev.lossadvisor.facts.Reported;
import dev.lossadvisor.facts.Suppression;
import dev.lossadvisor.facts.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.RuntimeComponentFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.LoggerFactory;

/**
 * The compiled rules, loaded once from the executable model that the rules module's build generated,
 * with the lint rules' metadata indexed for reporting. Thread-safe: each run takes a session of its own.
 */
public final class RuleBase {
    /** Where kie-maven-plugin lists the generated model classes of the rules module. */
    private static final String MODEL_LIST = "META-INF/kie/dev.lossadvisor/loss-advisor-rules/drools-model";
    /** A rule set that has not settled after this many firings is looping. */
    private static final int MAX_FIRINGS = 10_000;
    /** Sessions kept for reuse: one per thread that lints at once, up to this. */
    private static final int IDLE_SESSIONS = 8;
    /** Runs remembered: a project's files and a few edits' worth (a run's facts and conclusions are a few KB). */
    private static final int REMEMBERED_RUNS = 512;

    /**
     * Sessions kept between runs, emptied of their facts after each. Deleting a run's dozen facts costs less than the
     * pool's reset of every node memory, and keeps what a reset throws away and the next run builds again: the
     * per-class fact stores and the rules' segment memories.
     */
    // Tried and dropped: ThreadSafeOption.NO (each session serves one thread at a time, but the executable model's
    // consequences then share one argument array across the rule base's sessions, and concurrent runs mix their facts);
    // KieBaseMutabilityOption.DISABLED (the decision tables' one-pattern rules then never fire: no framework code).
    private final BlockingQueue<KieSession> idle = new ArrayBlockingQueue<>(IDLE_SESSIONS);
    private final Memo memo = new Memo(REMEMBERED_RUNS);
    /** The framework table's advice by recipe and framework: at most the table's rows, so bounded whatever the input. */
    private final Map<CodeRequest, List<FrameworkAdvice>> advice = new ConcurrentHashMap<>();
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byDrlName;

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
        // the first session costs ~100 ms: made here, on the thread that loads the rules, not in a lint's first run
        idle.offer(kieBase.newKieSession());
        Map<String, RuleInfo> main = new HashMap<>();
        Map<String, String> variants = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (meta.containsKey("id")) {
                    main.put(rule.getName(), new RuleInfo(text(meta, "id"), text(meta, "name"), Severity.parse(text(meta, "severity")),
                            text(meta, "summary"), text(meta, "why"), text(meta, "instead"), meta.containsKey("optIn")));
                } else if (meta.containsKey("variantOf")) {
                    variants.put(rule.getName(), text(meta, "variantOf"));
                }
            }
        }
        Map<String, RuleInfo> index = new HashMap<>(main);
        variants.forEach((drlName, mainName) -> {
            RuleInfo info = main.get(mainName);
            if (info == null) throw new IllegalStateException("rule '" + drlName + "' is a variant of unknown rule '" + mainName + "'");
            index.put(drlName, info);
        });
        this.byDrlName = Map.copyOf(index);
        this.rules = main.values().stream().sorted(Comparator.comparing(RuleInfo::code)).toList();
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) throw new IllegalStateException("rule metadata lacks @" + key + ": " + meta);
        String s = v.toString();
        // DRL metadata values keep their quotes
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * Loads the executable model from the class path. Another core meanwhile makes the rule base's configuration and
     * looks up the services that the build and the first session take (KIE finds each with a ServiceLoader search of the
     * class path: about a tenth of a cold build), then checks the decision tables.
     */
    public static RuleBase load() {
        ClassLoader cl = RuleBase.class.getClassLoader();
        CompletableFuture<KieBaseConfiguration> conf = CompletableFuture.supplyAsync(RuleBase::configuration);
        CompletableFuture<Void> tables = CompletableFuture.runAsync(() -> TableVocabulary.check(cl));
        RuleBase loaded = build(cl, conf);
        tables.join(); // (a misspelt table name fails the load, wrapped in a CompletionException)
        return loaded;
    }

    /**
     * A default configuration, as KieBaseBuilder makes one; meanwhile the first session's runtime services are found and
     * slf4j started (the executable model's first lambda class starts it otherwise, on the building thread).
     */
    private static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        RuntimeComponentFactory.get();
        LoggerFactory.getILoggerFactory();
        return conf;
    }

    private static RuleBase build(ClassLoader cl, CompletableFuture<KieBaseConfiguration> conf) {
        try (InputStream in = cl.getResourceAsStream(MODEL_LIST)) {
            if (in == null) throw new IllegalStateException("no compiled rules on the class path (" + MODEL_LIST + ")");
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String className = line.trim();
                if (className.isEmpty() || className.contains(":")) continue;
                models.add((Model) Class.forName(className, true, cl).getDeclaredConstructor().newInstance());
            }
            return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models, conf.join()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the compiled rules", e);
        }
    }

    /** Every lint rule, by code. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** What the rules conclude from these facts: remembered from an earlier run on the same facts, else fired. */
    public Conclusions run(Collection<?> facts) {
        return memo.get(List.copyOf(facts), this::fire);
    }

    /** Inserts the facts, fires the rules and gathers what they concluded. */
    private Conclusions fire(List<Object> facts) {
        KieSession session = idle.poll();
        if (session == null) session = kieBase.newKieSession();
        boolean reusable = false;
        try {
            Collector collector = new Collector();
            session.setGlobal("findings", collector);
            boolean suppressions = false;
            for (Object f : facts) {
                session.insert(f);
                suppressions |= f instanceof Suppression;
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (suppressions) {
                // the rules on suppressions judge what the others reported: a second firing once those have settled
                session.insert(new Reported(collector.findings.stream().map(Finding::rule).collect(java.util.stream.Collectors.toSet())));
                fired += session.fireAllRules(MAX_FIRINGS);
            }
            if (fired >= MAX_FIRINGS) throw new IllegalStateException("rules did not settle after " + MAX_FIRINGS + " firings");
            Task task = null;
            OutputForm outputForm = null;
            LabelForm labelForm = null;
            Recommendation rec = null;
            List<Recommendation> recs = new ArrayList<>();
            // one pass reads the conclusions and empties the session for the next run; what the deletions leave to
            // propagate is evaluated with that run's facts
            for (Object o : emptied(session)) {
                if (o instanceof Task t) task = t;
                else if (o instanceof OutputForm f) outputForm = f;
                else if (o instanceof LabelForm f) labelForm = f;
                else if (o instanceof Recommendation r) {
                    recs.add(r);
                    if (rec == null) rec = r;
                }
            }
            List<FrameworkAdvice> code = new ArrayList<>();
            for (Recommendation r : recs) {
                for (Object f : facts) {
                    if (f instanceof Framework wanted) code.addAll(advise(session, new CodeRequest(r.recipe(), wanted.name())));
                }
            }
            code.sort(Comparator.comparing(FrameworkAdvice::framework));
            reusable = true;
            return new Conclusions(collector.sorted(), task, outputForm, labelForm, rec, List.copyOf(code));
        } finally {
            // a run that failed leaves its session in no known state
            if (!reusable || !idle.offer(session)) session.dispose();
        }
    }

    /** What the framework table advises for one recipe in one framework: fired alone in the session the first time. */
    private List<FrameworkAdvice> advise(KieSession session, CodeRequest request) {
        List<FrameworkAdvice> known = advice.get(request);
        if (known != null) return known;
        session.setGlobal("findings", new Collector());
        session.insert(request);
        session.fireAllRules(MAX_FIRINGS);
        List<FrameworkAdvice> found = new ArrayList<>();
        for (Object o : emptied(session)) {
            if (o instanceof FrameworkAdvice a) found.add(a);
        }
        known = List.copyOf(found);
        advice.put(request, known);
        return known;
    }

    /** The session's facts, deleted from it as they are read. */
    private static List<Object> emptied(KieSession session) {
        List<Object> facts = new ArrayList<>();
        for (Object h : session.getFactHandles().toArray()) {
            FactHandle handle = (FactHandle) h;
            facts.add(((InternalFactHandle) handle).getObject());
            session.delete(handle);
        }
        return facts;
    }

    /** Receives findings from rule consequences; keeps the first per rule and path. */
    private final class Collector implements FindingSink {
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        @Override
        public void report(Rule rule, String message, String fix, String path) {
            RuleInfo info = byDrlName.get(rule.getName());
            if (info == null) throw new IllegalStateException("rule '" + rule.getName() + "' reports but has no lint metadata");
            if (seen.add(info.name() + path)) {
                findings.add(new Finding(info.name(), info.code(), info.severity(), message, fix, path));
            }
        }

        List<Finding> sorted() {
            findings.sort(Finding.ORDER);
            return List.copyOf(findings);
        }
    }
}
