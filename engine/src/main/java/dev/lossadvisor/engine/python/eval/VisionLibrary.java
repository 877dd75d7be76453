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

    @Override
    public Value call(String name, Args args, Node call) {
        if (!name.startsWith("torchvision.models.")) return null;
        String last = name.substring(name.lastIndexOf('.') + 1);
        for (Map.Entry<Pattern, Pretrained> e : HEADS.entrySet()) if (e.getKey().matcher(last).matches()) return e.getValue();
        return null;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }

    /** model.fc = m, or model.classifier[i] = m replacing the head's last module: the model with m as its head; else unchanged. */
    static Pretrained replaced(Pretrained p, String attribute, Value index, Value module) {
        if (attribute.equals(p.head()) && index == null) return new Pretrained(p.head(), 0, module);
        boolean last = index instanceof Value.Literal l && l.value() instanceof Double d && (d == -1 || d == p.length() - 1);
        return attribute.equals(p.head()) && p.length() > 0 && last ? new Pretrained(p.head(), p.length(), module) : p;
    }
}
