package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Pretrained;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * torchvision's segmentation models (deeplabv3_*, fcn_*, lraspp_*): a head ending in a convolution of raw scores over
 * {@code num_classes} (21 by default) channels, returned in a dict at "out"; "aux" holds the auxiliary head's when the
 * model has one (asked for, or given with weights), whose replacement is not followed.
 */
final class VisionSegmentationLibrary implements Library {
    static final String PACKS = "torchvision.segmentation";
    private static final String AUX = PACKS + "+aux";
    private static final String PREFIX = "torchvision.models.segmentation.";

    @Override
    public Value call(String name, Args args, Node call) {
        if (!name.startsWith(PREFIX)) return null;
        String last = name.substring(name.lastIndexOf('.') + 1);
        boolean lraspp = last.startsWith("lraspp_");
        if (!lraspp && !last.startsWith("deeplabv3_") && !last.startsWith("fcn_")) return null;
        var head = VisionLibrary.linearHead(args, 21, call, "torchvision " + last + " head");
        // DeepLabHead and FCNHead are nn.Sequentials of five modules, the last the convolution; LRASPPHead is one module
        return new Pretrained("classifier", lraspp ? 0 : 5, head, !lraspp && auxiliary(args) ? AUX : PACKS);
    }

    /** aux_loss=True, or weights given without aux_loss=False (torchvision then turns it on), or not known. */
    private static boolean auxiliary(Args args) {
        Value aux = args.keyword("aux_loss") == null ? null : args.evaluator().eval(args.keyword("aux_loss"), args.context());
        if (aux instanceof Value.Literal l && (l.value() == null || Boolean.FALSE.equals(l.value()))) return false;
        if (aux != null) return true;
        Value weights = args.keyword("weights") == null ? null : args.evaluator().eval(args.keyword("weights"), args.context());
        boolean splat = args.node() != null && args.node().named().stream().anyMatch(a -> a.is("dictionary_splat"));
        return splat || args.keyword("pretrained") != null || weights != null && !(weights instanceof Value.Literal l && l.value() == null);
    }

    /** model(x): {"out": the head's scores}, with "aux" not known beside it when the model has an auxiliary head. */
    static Value output(Pretrained p, Value out) {
        Map<String, Value> entries = new LinkedHashMap<>();
        entries.put("out", out);
        if (AUX.equals(p.packs())) entries.put("aux", Value.UNKNOWN);
        return new Value.Dict(entries);
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
