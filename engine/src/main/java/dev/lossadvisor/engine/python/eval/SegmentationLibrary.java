package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Map;
import java.util.Set;

/**
 * segmentation_models_pytorch: its networks end in the activation their {@code activation=} argument names (none, so
 * logits, by default), over {@code classes=} channels; its losses that take logits as torch's own do.
 */
final class SegmentationLibrary implements Library {
    private static final String SMP = "segmentation_models_pytorch.";
    private static final Set<String> NETWORKS = Set.of("Unet", "UnetPlusPlus", "MAnet", "Linknet", "FPN", "PSPNet", "PAN", "DeepLabV3",
            "DeepLabV3Plus", "UPerNet", "Segformer", "create_model");
    /** smp's activation names; "argmax", "clamp" or a callable give no activation the rules know. */
    private static final Map<String, String> ACTIVATIONS = Map.of("sigmoid", "sigmoid", "softmax", "softmax", "softmax2d", "softmax",
            "logsoftmax", "log_softmax", "tanh", "tanh", "identity", "linear");
    /** Keywords of smp's losses that change nothing a rule reads about the loss's input. */
    private static final Set<String> PLAIN = Set.of("smooth_factor", "ignore_index", "dim", "alpha", "gamma", "mode");

    @Override
    public Value call(String name, Args args, Node call) {
        if (!name.startsWith(SMP)) return null;
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (name.startsWith(SMP + "losses.")) return loss(last, args, call);
        return NETWORKS.contains(last) ? network(last, args, call) : null;
    }

    /**
     * smp.Unet(encoder_name, classes=K, activation="sigmoid"): a network giving K channels through that activation. The
     * first three positional arguments are encoder settings in every architecture; more, or aux_params (the model then
     * returns a pair), are not followed.
     */
    private static Value network(String last, Args args, Node call) {
        if (args.positional().size() > 3 || args.positional().stream().anyMatch(a -> a.is("list_splat"))) return Value.UNKNOWN;
        Value aux = args.given(-1, "aux_params");
        if (aux != null && !(aux instanceof Value.Literal l && l.value() == null)) return Value.UNKNOWN;
        Value activation = args.given(-1, "activation");
        String fact = activation == null ? "linear" : activation instanceof Value.Literal l ? l.value() == null ? "linear"
                : l.value() instanceof String s ? ACTIVATIONS.get(s) : null : null;
        if (fact == null) return Value.UNKNOWN;
        Value classes = args.given(-1, "classes");
        int units = classes == null ? 1 : classes instanceof Value.Literal l && l.value() instanceof Double d ? d.intValue() : 0;
        String shown = "smp." + last + (fact.equals("linear") ? "" : "(activation=\"" + ((Value.Literal) activation).value() + "\")");
        // the activation is the last of the head's three modules (conv, upsampling, activation), so a head the code replaces decides
        return new Value.Pretrained("segmentation_head", 3, new Value.Layer(fact, units, call.place(), shown, null, true));
    }

    /**
     * SoftBCEWithLogitsLoss and SoftCrossEntropyLoss take logits as BCEWithLogitsLoss and CrossEntropyLoss do; a binary
     * FocalLoss takes them as sigmoid_focal_loss does; Dice, Jaccard and Tversky losses with from_logits=True (their
     * default) apply the sigmoid ("binary", "multilabel") or the softmax ("multiclass") themselves, as those two do. Lovasz
     * losses, and a loss given a keyword a rule might read (weight, reduction), are not followed.
     */
    private static Value loss(String last, Args args, Node call) {
        if (!args.keywords().stream().allMatch(k -> PLAIN.contains(k.field("name").text()) || OVERLAP.contains(k.field("name").text()))) return Value.UNKNOWN;
        String as = switch (last) {
            case "SoftBCEWithLogitsLoss" -> args.positional().isEmpty() ? "BCEWithLogitsLoss" : null;
            case "SoftCrossEntropyLoss" -> args.positional().isEmpty() ? "CrossEntropyLoss" : null;
            case "FocalLoss" -> binary(args) ? "sigmoid_focal_loss" : null;
            case "DiceLoss", "JaccardLoss", "TverskyLoss" -> overlap(args);
            default -> null;
        };
        return as == null ? Value.UNKNOWN : new Value.Loss("pytorch", as, "smp.losses." + last, LossOptions.NONE, call.place());
    }

    /** The keywords of the overlap losses that say nothing a rule reads. */
    private static final Set<String> OVERLAP = Set.of("classes", "log_loss", "from_logits", "smooth", "eps", "beta");

    /** DiceLoss(mode, ...) with from_logits=True (the default): the logits loss that applies the same activation; else null. */
    private static String overlap(Args args) {
        if (args.positional().size() > 1 || args.positional().stream().anyMatch(a -> a.is("list_splat"))) return null;
        Value logits = args.given(-1, "from_logits");
        if (logits != null && !(logits instanceof Value.Literal l && Boolean.TRUE.equals(l.value()))) return null;
        Value given = args.value(0, "mode");
        // smp.losses.BINARY_MODE: the library's constant for "binary"
        String mode = given instanceof Value.Literal l && l.value() instanceof String m ? m
                : given instanceof Value.Lib lib && lib.name().startsWith(SMP + "losses.") && lib.name().endsWith("_MODE")
                ? lib.name().substring(lib.name().lastIndexOf('.') + 1, lib.name().length() - "_MODE".length()).toLowerCase(java.util.Locale.ROOT) : "";
        return switch (mode) {
            case "binary", "multilabel" -> "BCEWithLogitsLoss";
            case "multiclass" -> "CrossEntropyLoss";
            default -> null;
        };
    }

    /** FocalLoss("binary") or FocalLoss(mode="binary"), nothing else positional. */
    private static boolean binary(Args args) {
        if (args.positional().size() > 1) return false;
        return args.value(0, "mode") instanceof Value.Literal l && "binary".equals(l.value());
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
