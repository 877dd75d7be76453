package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Pretrained;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * timm: {@code timm.create_model(name, num_classes=K)} ends in a linear head of K logits (1000 by default), kept under
 * an attribute that depends on the family, so that a head the code replaces decides instead; its
 * LabelSmoothingCrossEntropy and SoftTargetCrossEntropy are cross-entropies on logits, its BinaryCrossEntropy a BCE on logits.
 */
final class TimmLibrary implements Library {
    /**
     * Families whose head is one nn.Linear under one attribute; others (head.fc in convnext, swin, regnet, resnetv2; the
     * pair a distilled deit returns while training) are not followed.
     */
    private static final Map<Pattern, String> HEADS = Map.of(
            Pattern.compile("(resnet(?!v2)|resnext|seresnet|seresnext|ecaresnet|wide_resnet)[a-z0-9_.]*"), "fc",
            Pattern.compile("(vit|deit|beit|eva)_(?![a-z0-9_.]*distilled)[a-z0-9_.]*"), "head",
            Pattern.compile("(efficientnet|tf_efficientnet|mobilenetv2|mobilenetv3|mixnet)[a-z0-9_.]*"), "classifier");

    @Override
    public Value call(String name, Args args, Node call) {
        // log_softmax of its input, then a smoothed NLL or a sum against soft (mixup) targets: CE on logits
        if (name.startsWith("timm.loss.") && (name.endsWith(".LabelSmoothingCrossEntropy") || name.endsWith(".SoftTargetCrossEntropy"))) {
            String shown = "timm " + name.substring(name.lastIndexOf('.') + 1);
            return new Value.Loss("pytorch", "CrossEntropyLoss", shown, dev.lossadvisor.engine.input.LossOptions.NONE, call.place());
        }
        // smoothed (one-hot) targets, then binary_cross_entropy_with_logits of its input
        if (name.startsWith("timm.loss.") && name.endsWith(".BinaryCrossEntropy")) {
            return new Value.Loss("pytorch", "BCEWithLogitsLoss", "timm BinaryCrossEntropy", dev.lossadvisor.engine.input.LossOptions.NONE, call.place());
        }
        if (!name.equals("timm.create_model") && !name.equals("timm.models.create_model")) return null;
        if (!(args.value(0, "model_name") instanceof Value.Literal l && l.value() instanceof String model)) return Value.UNKNOWN;
        // features_only gives feature maps, num_classes=0 pooled features, a **kwargs splat may set either
        if (args.keyword("features_only") != null || args.node().named().stream().anyMatch(a -> a.is("dictionary_splat"))) return Value.UNKNOWN;
        Node classes = args.keyword("num_classes");
        Value k = classes == null ? new Value.Literal(1000.0) : args.evaluator().eval(classes, args.context());
        if (k instanceof Value.Literal n && !(n.value() instanceof Double d && d > 0)) return Value.UNKNOWN; // num_classes=0: no head
        int units = k instanceof Value.Literal n && n.value() instanceof Double d ? d.intValue() : 0;
        for (Map.Entry<Pattern, String> e : HEADS.entrySet()) {
            if (e.getKey().matcher(model).matches()) { // "hf-hub:org/name" names a checkpoint, not a family: no match
                return new Pretrained(e.getValue(), 0, new Value.Layer("linear", units, call.place(), "timm " + model + " head", null, true));
            }
        }
        return registered(model, args);
    }

    /**
     * A model the project registers itself ({@code @register_model def tinynet_a(pretrained=False, **kwargs)}): what that
     * function returns, given create_model's keywords; every function of that name so registered agreeing. Only files
     * that name both the decorator and the model are parsed for it.
     */
    private static Value registered(String model, Args args) {
        Evaluator evaluator = args.evaluator();
        var project = evaluator.project();
        List<Value> models = new ArrayList<>();
        for (Path f : project.files()) {
            String text = project.text(f);
            if (text == null || !text.contains("register_model") || !text.contains(model)) continue;
            SourceFile file = project.file(f);
            if (file == null) continue;
            for (Binding b : file.scope().bindings(model)) {
                Node def = b.kind() == Binding.Kind.DEF ? b.value() : null;
                if (def == null || !def.is("function_definition") || !decorated(def, evaluator, file)) continue;
                models.add(evaluator.returned(new Value.Function(file.scope().child(def), null), args, args.context()));
            }
        }
        return models.isEmpty() ? Value.UNKNOWN : Joins.join(models);
    }

    /** Whether timm's register_model decorates the definition. */
    private static boolean decorated(Node def, Evaluator evaluator, SourceFile file) {
        Node outer = def.parent();
        if (outer == null || !outer.is("decorated_definition")) return false;
        for (Node d : outer.named()) {
            if (!d.is("decorator") || d.named().isEmpty()) continue;
            Value v = evaluator.eval(d.named().get(0), Context.at(file.scope(), d.start()));
            if (v instanceof Value.Lib l && l.name().startsWith("timm.") && l.name().endsWith(".register_model")) return true;
        }
        return false;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
