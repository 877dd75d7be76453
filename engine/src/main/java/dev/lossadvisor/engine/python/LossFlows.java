package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.input.ModelDescription.LabelSpec;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.engine.input.ModelDescription.OutputSpec;
import dev.lossadvisor.engine.input.ModelDescription.Suppression;
import dev.lossadvisor.engine.python.PythonProject.Scope;
import dev.lossadvisor.engine.python.Value.Flow;
import dev.lossadvisor.engine.python.Value.KerasModel;
import dev.lossadvisor.engine.python.Value.Layer;
import dev.lossadvisor.engine.python.Value.Literal;
import dev.lossadvisor.engine.python.Value.Loss;
import dev.lossadvisor.engine.python.Value.Qualified;
import dev.lossadvisor.facts.FileContents;
import dev.lossadvisor.facts.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Finds where a model's output meets a loss: calls of loss objects (criterion(model(x), y)), functional losses
 * (F.cross_entropy(out, y)), inline nn.XLoss()(out, y) and Keras compile(loss=...). Each flow the resolver can follow
 * from the loss back to the model's last layer becomes one model description, located in the source.
 */
final class LossFlows {
    private static final List<String> FUNCTIONAL = List.of("cross_entropy", "nll_loss", "binary_cross_entropy_with_logits", "binary_cross_entropy",
            "mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss", "kl_div", "ctc_loss", "poisson_nll_loss", "gaussian_nll_loss",
            "multi_margin_loss", "multilabel_margin_loss", "multilabel_soft_margin_loss", "soft_margin_loss", "hinge_embedding_loss",
            "cosine_embedding_loss", "margin_ranking_loss", "triplet_margin_loss", "sigmoid_focal_loss");
    /** What loss objects are called in training loops when they come in as parameters. */
    private static final Set<String> CONVENTIONAL = Set.of("criterion", "loss_fn", "loss_func", "loss_function", "lossfn", "loss_criterion");
    private static final Pattern SUPPRESS = Pattern.compile("#\\s*loss-advisor:\\s*ignore\\[([\\w\\s,-]+)]\\s*(.*)$");
    private static final Set<String> TORCH_FUNCTIONAL_PREFIXES = Set.of("F", "torch", "torch.nn.functional", "nn.functional", "functional",
            "torchvision.ops", "torchvision.ops.focal_loss", "ops");

    /** A flow, charged to the file of the loss call. */
    record Found(Path file, ModelDescription description) {}

    private final PythonProject project;
    private final Resolver resolver;
    private final List<Found> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    LossFlows(PythonProject project) {
        this.project = project;
        Calls calls = new Calls(project);
        this.resolver = new Resolver(project, calls);
        calls.use(resolver);
    }

    /** A file that calls none of these holds no loss: it is read, not parsed. */
    static boolean mayHoldLoss(String text) {
        boolean keras = text.contains("keras") || text.contains("Sequential");
        return CallText.any(text, List.of("Loss"), true) || (text.contains("loss") || text.contains("entropy") || text.contains("kl_div"))
                && (CallText.any(text, FUNCTIONAL, false) || CallText.any(text, List.copyOf(CONVENTIONAL), false))
                || text.contains("criterion") && CallText.any(text, List.of("criterion"), false) || keras && CallText.any(text, List.of("compile"), false);
    }

    /** Char offsets of every call that may be a loss call or a compile. */
    static List<Integer> lossCalls(String text) {
        List<Integer> offsets = new ArrayList<>();
        CallText.find(text, "Loss", true).forEach(h -> offsets.add(h.start()));
        for (String name : FUNCTIONAL) CallText.find(text, name, false).forEach(h -> offsets.add(h.start()));
        CallText.find(text, "compile", false).forEach(h -> offsets.add(h.start()));
        return offsets;
    }

    List<Found> find(List<Path> candidates) {
        Set<String> objectNames = new LinkedHashSet<>(CONVENTIONAL);
        for (Path f : candidates) {
            String text = project.text(f);
            for (CallText.Hit h : CallText.find(text, "Loss", true)) {
                String target = CallText.assignedTo(text, h.start());
                if (target != null) objectNames.add(target);
            }
        }
        for (Path f : candidates) {
            Syntax x = project.syntax(f);
            if (x == null) continue;
            String text = project.text(f);
            for (String name : FUNCTIONAL) for (CallText.Hit h : CallText.find(text, name, false)) functional(f, x, text, h);
            for (String name : objectNames) for (CallText.Hit h : CallText.find(text, name, false)) object(f, x, text, h);
            for (CallText.Hit h : CallText.find(text, "Loss", true)) inline(f, x, text, h);
            for (CallText.Hit h : CallText.find(text, "compile", false)) compile(f, x, text, h);
        }
        return found;
    }

    private void functional(Path f, Syntax x, String text, CallText.Hit h) {
        resolver.startFlow();
        String callee = h.callee(text);
        String head = callee.contains(".") ? callee.substring(0, callee.indexOf('.')) : callee;
        if (resolver.projectName(x, head)) return; // the project's own cross_entropy, not torch's
        TSNode call = Calls.callAt(x, byteOffset(x, text, h.start()), callee);
        if (call == null) return;
        Scope s = Calls.scopeOf(x, call);
        if (!(resolver.resolve(Syntax.field(call, "function"), s) instanceof Qualified q)) return;
        int dot = q.name().lastIndexOf('.');
        if (dot < 0 || !TORCH_FUNCTIONAL_PREFIXES.contains(q.name().substring(0, dot))) return;
        String name = q.name().substring(dot + 1);
        TSNode args = Syntax.field(call, "arguments");
        TSNode input = Resolver.keyword(x, args, "input");
        if (input == null) input = Resolver.keyword(x, args, "inputs");
        if (input == null) input = Resolver.firstArgument(args);
        Value flow = resolver.resolve(input, s);
        if (!(flow instanceof Flow)) return;
        Map<String, Object> options = new LinkedHashMap<>(Qualifieds.options(args, s, resolver, null).values());
        options.keySet().removeAll(Set.of("input", "inputs", "target", "targets", "log_probs", "input_lengths", "target_lengths"));
        SourcePlace place = x.place(call);
        emit(f, flow, "pytorch", new LossSpec(name, new LossOptions(options)), Qualifieds.shortName(q.name()), place, place, List.of(), labels(x, args, s));
    }

    private void object(Path f, Syntax x, String text, CallText.Hit h) {
        resolver.startFlow();
        String callee = h.callee(text);
        if (callee.contains(".") && !callee.startsWith("self.")) return;
        TSNode call = Calls.callAt(x, byteOffset(x, text, h.start()), callee);
        if (call == null) return;
        Scope s = Calls.scopeOf(x, call);
        if (resolver.resolve(Syntax.field(call, "function"), s) instanceof Loss loss && loss.framework().equals("pytorch")) {
            TSNode args = Syntax.field(call, "arguments");
            emit(f, resolver.resolve(Resolver.firstArgument(args), s), "pytorch", new LossSpec(loss.name(), loss.options()), loss.shown(), loss.place(),
                    x.place(call), List.of(), labels(x, args, s));
        }
    }

    /** nn.CrossEntropyLoss()(out, y): the constructed loss called at once. */
    private void inline(Path f, Syntax x, String text, CallText.Hit h) {
        resolver.startFlow();
        TSNode construct = Calls.callAt(x, byteOffset(x, text, h.start()), h.callee(text));
        if (construct == null) return;
        TSNode outer = construct.getParent();
        if (!Syntax.is(outer, "call") || !TSNode.eq(Syntax.field(outer, "function"), construct)) return;
        Scope s = Calls.scopeOf(x, outer);
        if (resolver.resolve(construct, s) instanceof Loss loss) {
            TSNode input = Resolver.firstArgument(Syntax.field(outer, "arguments"));
            emit(f, resolver.resolve(input, s), "pytorch", new LossSpec(loss.name(), loss.options()), loss.shown(), loss.place(), x.place(outer), List.of());
        }
    }

    /** model.compile(loss=..., metrics=[...]) on a Keras model built in the project. */
    private void compile(Path f, Syntax x, String text, CallText.Hit h) {
        resolver.startFlow();
        String callee = h.callee(text);
        if (!callee.endsWith(".compile")) return;
        TSNode call = Calls.callAt(x, byteOffset(x, text, h.start()), callee);
        if (call == null) return;
        Scope s = Calls.scopeOf(x, call);
        TSNode receiver = Syntax.field(Syntax.field(call, "function"), "object");
        if (!(resolver.resolve(receiver, s) instanceof KerasModel model)) return;
        TSNode args = Syntax.field(call, "arguments");
        TSNode lossNode = Resolver.keyword(x, args, "loss");
        if (lossNode == null && Resolver.positional(args).size() > 1) lossNode = Resolver.positional(args).get(1);
        if (lossNode == null) return;
        List<String> metrics = metrics(x, s, Resolver.keyword(x, args, "metrics"));
        if (!model.heads().isEmpty()) {
            // one loss per output: a dict keyed as the outputs are, a list in their order, or one loss for all of them
            List<TSNode> entries = Syntax.is(lossNode, "list") || Syntax.is(lossNode, "tuple") ? Syntax.named(lossNode) : null;
            for (Map.Entry<String, Flow> head : model.heads().entrySet()) {
                TSNode one = null;
                if (entries != null) {
                    int i = head.getKey().matches("\\d+") ? Integer.parseInt(head.getKey()) : -1;
                    if (i >= 0 && i < entries.size()) one = entries.get(i);
                } else {
                    one = Syntax.is(lossNode, "dictionary") ? entry(x, lossNode, head.getKey()) : lossNode;
                }
                if (one != null) kerasLoss(f, x, s, one, head.getValue(), call, metrics);
            }
            return;
        }
        Flow output = model.output() != null ? model.output() : KerasStack.output(added(x, s, receiver, call));
        if (output != null) kerasLoss(f, x, s, lossNode, output, call, metrics);
    }

    /** The value of a dict literal's string key, or null. */
    private static TSNode entry(Syntax x, TSNode dict, String key) {
        for (TSNode pair : Syntax.named(dict)) {
            TSNode k = Syntax.field(pair, "key");
            if (Syntax.is(pair, "pair") && Syntax.is(k, "string") && Literals.string(k, x).equals(key)) return Syntax.field(pair, "value");
        }
        return null;
    }

    /** One Keras loss (a name, a loss object, a keras.losses function) on one output. */
    private void kerasLoss(Path f, Syntax x, Scope s, TSNode lossNode, Flow output, TSNode call, List<String> metrics) {
        Value loss = resolver.resolve(lossNode, s);
        LossSpec spec;
        String shown;
        if (loss instanceof Literal l && l.value() instanceof String name) {
            spec = LossSpec.named(name);
            shown = "loss='" + name + "'";
        } else if (loss instanceof Loss object && object.framework().equals("keras")) {
            spec = new LossSpec(object.name(), object.options());
            shown = object.shown();
        } else if (loss instanceof Qualified q && q.name().contains("losses.")) {
            spec = LossSpec.named(q.name().substring(q.name().lastIndexOf('.') + 1));
            shown = Qualifieds.shortName(q.name());
        } else {
            return; // a custom function, or a form not followed
        }
        emit(f, output, "keras", spec, shown, x.place(lossNode), x.place(call), metrics);
    }

    /** The layers of model.add(...) calls on the same name, before the compile. */
    private List<Layer> added(Syntax x, Scope s, TSNode receiver, TSNode compile) {
        List<Layer> layers = new ArrayList<>();
        TSNode body = s.function() == null ? x.root : Syntax.field(s.function(), "body");
        String name = x.text(receiver);
        for (TSNode c : Syntax.find(body, "call")) {
            if (c.getStartByte() >= compile.getStartByte()) break;
            TSNode fn = Syntax.field(c, "function");
            if (!Syntax.is(fn, "attribute") || !x.text(fn).equals(name + ".add")) continue;
            TSNode arg = Resolver.firstArgument(Syntax.field(c, "arguments"));
            layers.add(resolver.resolve(arg, new Scope(x, s.function(), s.cls(), c.getStartByte())) instanceof Layer l ? l : null);
        }
        return layers;
    }

    private List<String> metrics(Syntax x, Scope s, TSNode list) {
        List<String> names = new ArrayList<>();
        if (list == null || !Syntax.is(list, "list")) return names;
        for (TSNode m : Syntax.named(list)) {
            Value v = resolver.resolve(m, s);
            if (v instanceof Literal l && l.value() instanceof String str) names.add(str);
            else if (Syntax.is(m, "call") || v instanceof Qualified) {
                String text = x.text(Syntax.is(m, "call") ? Syntax.field(m, "function") : m);
                names.add(text.substring(text.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    private void emit(Path file, Value value, String framework, LossSpec loss, String shownLoss, SourcePlace lossPlace, SourcePlace callPlace,
                      List<String> metrics) {
        emit(file, value, framework, loss, shownLoss, lossPlace, callPlace, metrics, null);
    }

    /** The labels a loss call is given, when the call spells their format out: F.one_hot(y, 10). */
    private LabelSpec labels(Syntax x, TSNode args, Scope s) {
        TSNode target = Resolver.keyword(x, args, "target");
        List<TSNode> positional = Resolver.positional(args);
        if (target == null && positional.size() > 1) target = positional.get(1);
        // F.one_hot(y, 10).float(): the conversions keep what the labels are
        while (Syntax.is(target, "call") && Syntax.is(Syntax.field(target, "function"), "attribute")
                && Set.of("float", "long", "to", "double", "type").contains(x.text(Syntax.field(Syntax.field(target, "function"), "attribute")))) {
            target = Syntax.field(Syntax.field(target, "function"), "object");
        }
        if (!Syntax.is(target, "call")) return null;
        TSNode fn = Syntax.field(target, "function");
        if (!(resolver.resolve(fn, s) instanceof Qualified q) || !q.name().endsWith("one_hot")) return null;
        TSNode targetArgs = Syntax.field(target, "arguments");
        TSNode classes = Resolver.keyword(x, targetArgs, "num_classes");
        if (classes == null && Resolver.positional(targetArgs).size() > 1) classes = Resolver.positional(targetArgs).get(1);
        return new LabelSpec("one_hot", classes == null ? 0 : resolver.integer(classes, s));
    }

    private void emit(Path file, Value value, String framework, LossSpec loss, String shownLoss, SourcePlace lossPlace, SourcePlace callPlace,
                      List<String> metrics, LabelSpec labels) {
        if (!(value instanceof Flow flow) || !Vocabulary.ACTIVATIONS.contains(flow.activation())) return; // a flow not followed: say nothing
        if (!seen.add(flow.place() + "|" + lossPlace + "|" + callPlace.file())) return;
        String what = flow.activation().equals("linear") ? "a linear output (" + flow.shown() + ")" : flow.activation();
        String story = what + " at " + flow.place() + " feeds " + shownLoss + " at " + lossPlace;
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("/output/activation", flow.place().toString());
        locations.put("/output", flow.place().toString());
        locations.put("/loss", lossPlace.toString());
        locations.put("/metrics", callPlace.toString());
        locations.put("", callPlace.toString());
        List<Suppression> suppressions = suppressions(List.of(flow.place(), lossPlace, callPlace));
        found.add(new Found(file, new ModelDescription(story, framework, null, new OutputSpec(flow.units(), flow.activation()), loss, labels, null,
                suppressions, story, List.copyOf(metrics), new FileContents(true, true, null, FileContents.FORMAT_PYTHON), Map.copyOf(locations))));
    }

    /** "# loss-advisor: ignore[rule-a, rule-b] reason" on any line of the flow. */
    private List<Suppression> suppressions(List<SourcePlace> places) {
        List<Suppression> list = new ArrayList<>();
        for (SourcePlace p : places) {
            String line = project.line(p);
            Matcher m = line == null ? null : SUPPRESS.matcher(line);
            if (m == null || !m.find()) continue;
            String reason = m.group(2).isBlank() ? "(no reason given)" : m.group(2).trim();
            for (String rule : m.group(1).split(",")) if (!rule.isBlank()) list.add(new Suppression(rule.trim(), reason));
        }
        return list;
    }

    /** The UTF-8 byte offset of a char index (tree-sitter counts bytes). */
    private static int byteOffset(Syntax x, String text, int index) {
        if (x.utf8.length == text.length()) return index; // ASCII
        int bytes = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
        }
        return bytes;
    }
}
