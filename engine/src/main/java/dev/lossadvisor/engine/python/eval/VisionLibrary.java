package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Pretrained;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * torchvision's classification models: where each keeps its classifier head (fc, classifier, head), so that a head the
 * code replaces for fine-tuning decides the model's output.
 */
final class VisionLibrary implements Library {
    /** Families by name prefix: the head's attribute and, for an nn.Sequential head, its length. */
    private static final Map<Pattern, Pretrained> HEADS = Map.of(
            Pattern.compile("(resnet|resnext|wide_resnet|regnet_|googlenet|inception_v3|shufflenet_v2).*"), new Pretrained("fc", 0, null),
            Pattern.compile("densenet.*"), new Pretrained("classifier", 0, null),
            Pattern.compile("(mobilenet_v2|efficientnet_|mnasnet).*"), new Pretrained("classifier", 2, null),
            Pattern.compile("mobilenet_v3.*"), new Pretrained("classifier", 4, null),
            Pattern.compile("(vgg|alexnet).*"), new Pretrained("classifier", 7, null),
            Pattern.compile("convnext_.*"), new Pretrained("classifier", 3, null),
            Pattern.compile("swin_.*"), new Pretrained("head", 0, null));

    /** Builders whose model returns a pair in training mode (the main and the auxiliary classifiers' logits): not followed. */
    private static final Pattern AUXILIARY = Pattern.compile("(googlenet|inception_v3).*");

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.equals("torch.hub.load")) return hub(args, call);
        if (name.equals("torchvision.ops.MLP") || name.equals("torchvision.ops.misc.MLP")) return mlp(args, call);
        if (!name.startsWith("torchvision.models.")) return null;
        String last = name.substring(name.lastIndexOf('.') + 1);
        for (Map.Entry<Pattern, Pretrained> e : HEADS.entrySet()) {
            Pretrained p = e.getValue();
            if (!e.getKey().matcher(last).matches()) continue;
            if (AUXILIARY.matcher(last).matches()) return p;
            return new Pretrained(p.head(), p.length(), linearHead(args, 1000, call, "torchvision " + last + " head"));
        }
        return null;
    }

    /**
     * torchvision.ops.MLP(in_channels, hidden_channels=[64, 1]): linear layers with activations between them, the last
     * one (then its dropout) plain: raw scores as wide as the last hidden size.
     */
    private static Value mlp(Args args, Node call) {
        int units = args.value(1, "hidden_channels") instanceof Value.Items sizes && !sizes.items().isEmpty()
                && sizes.items().get(sizes.items().size() - 1) instanceof Value.Literal l && l.value() instanceof Double d ? d.intValue() : 0;
        return new Value.Layer("linear", units, call.place(), "torchvision.ops.MLP", null, true);
    }

    /** torch.hub.load("pytorch/vision", "resnet50", weights=...): the torchvision builder of that name, from its repository. */
    private Value hub(Args args, Node call) {
        if (args.value(-1, "source") instanceof Value.Literal s && "local".equals(s.value())) return localHub(args, call);
        boolean vision = args.value(0, "repo_or_dir") instanceof Value.Literal r && r.value() instanceof String repo && VISION_REPO.matcher(repo).matches();
        return vision && args.value(1, "model") instanceof Value.Literal m && m.value() instanceof String model ? call("torchvision.models." + model, args, call) : null;
    }

    /** torch.hub.load's own keywords, not handed to the entry point. */
    private static final java.util.Set<String> HUB_KEYWORDS = java.util.Set.of("repo_or_dir", "model", "source", "trust_repo", "force_reload", "verbose",
            "skip_validation");

    /**
     * torch.hub.load(".", "tiny_resnet", source="local", num_classes=10): the entry point of that name in the project's
     * {@code hubconf.py} of that folder (relative, as the script's folder is first on sys.path), called with the other
     * keywords; a positional or splatted argument for it, or a folder outside the project, is not known.
     */
    private static Value localHub(Args args, Node call) {
        if (!(args.value(0, "repo_or_dir") instanceof Value.Literal d && d.value() instanceof String dir && args.value(1, "model") instanceof Value.Literal m
                && m.value() instanceof String entry) || args.positional().size() > 2 || args.node().named().stream().anyMatch(a -> a.is("dictionary_splat"))) {
            return Value.UNKNOWN;
        }
        String folder = dir.replaceAll("^(\\./)+|/+$", "");
        if (!folder.matches("\\.|[\\w/]*")) return Value.UNKNOWN;
        String module = folder.equals(".") || folder.isEmpty() ? "hubconf" : folder.replace('/', '.') + ".hubconf";
        Evaluator ev = args.evaluator();
        Context c = args.context();
        dev.lossadvisor.engine.python.semantic.SourceFile f = ev.project().module(ev.project().resolve(c.scope().file(), module));
        Value fn = f == null ? null : ev.global(f, entry, c);
        if (!(fn instanceof Value.Function)) return Value.UNKNOWN;
        Map<String, Value> given = new java.util.LinkedHashMap<>();
        for (Node k : args.keywords()) {
            String name = k.field("name") == null ? null : k.field("name").text();
            if (name != null && !HUB_KEYWORDS.contains(name)) given.put(name, ev.eval(k.field("value"), c));
        }
        return ev.apply(fn, Args.config(given, c, ev), call, c);
    }

    private static final Pattern VISION_REPO = Pattern.compile("pytorch/vision(:[\\w.-]+)?");

    /**
     * The head a torchvision builder makes: raw scores over {@code num_classes=} (its default when not given, not known
     * when a **kwargs splat may give it).
     */
    static Value.Layer linearHead(Args args, int classes, Node call, String shown) {
        Node k = args.keyword("num_classes");
        boolean splat = args.node() != null && args.node().named().stream().anyMatch(a -> a.is("dictionary_splat"));
        int units = k != null ? args.evaluator().integer(k, args.context()) : splat ? 0 : classes;
        return new Value.Layer("linear", Math.max(units, 0), call.place(), shown, null, true);
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }

    /**
     * model.classifier.add_module("probs", m) or .append(m) on a head that is an nn.Sequential: m runs after its last
     * module, so the output is the two in a row; on another head (a linear layer) a module added is never called.
     */
    static Pretrained added(Pretrained p, Value module) {
        if (p.length() == 0) return p;
        Value head = p.module() == null ? module : TorchLibrary.sequential(java.util.Arrays.asList(p.module(), module));
        return new Pretrained(p.head(), p.length() + 1, head, p.packs());
    }

    /**
     * model.fc = m, or model.classifier[i] = m replacing the head's last module: the model with m as its head;
     * model.classifier._modules["7"] = m one past it (a string key: torch's dict of children) adds m as the new last; else
     * unchanged, but for a transformers model, whose head's attribute depends on the family: any attribute set on it
     * may be its head, so its output is no longer known.
     */
    static Pretrained replaced(Pretrained p, String attribute, Value index, Value module) {
        if (attribute.equals(p.head()) && index == null) return new Pretrained(p.head(), 0, module, p.packs());
        if (index instanceof Value.Literal k && k.value() instanceof String key && key.matches("\\d{1,3}")) {
            int i = Integer.parseInt(key);
            if (attribute.equals(p.head()) && p.length() > 0 && i == p.length()) return new Pretrained(p.head(), p.length() + 1, module, p.packs());
            index = new Value.Literal((double) i);
        }
        boolean last = index instanceof Value.Literal l && l.value() instanceof Double d && (d == -1 || d == p.length() - 1);
        if (attribute.equals(p.head()) && p.length() > 0 && last) return new Pretrained(p.head(), p.length(), module, p.packs());
        return TransformersLibrary.PACKS.equals(p.packs()) && index == null ? new Pretrained(p.head(), p.length(), null, p.packs()) : p;
    }
}
