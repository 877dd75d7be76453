package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.syntax.Node;

/**
 * MONAI's and kornia's losses that apply the activation to their input themselves, read as the torch loss on logits that
 * applies the same one: MONAI's DiceCELoss always scores its input with CrossEntropyLoss (BCEWithLogitsLoss on one channel)
 * and DiceFocalLoss with a focal loss on logits, so a network that already ends in the softmax or sigmoid its flag names
 * gets it twice; kornia's FocalLoss takes logits as CrossEntropyLoss does. A flag not written as a literal, or neither flag,
 * is not followed (the Dice part then takes probabilities).
 */
final class ActivatingLosses implements Library {
    @Override
    public Value call(String name, Args args, Node call) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        String as = null;
        if (name.startsWith("monai.losses.")) {
            as = switch (last) {
                case "DiceCELoss", "DiceLoss" -> flag(args, "softmax") ? "CrossEntropyLoss" : flag(args, "sigmoid") ? "BCEWithLogitsLoss" : null;
                case "DiceFocalLoss" -> flag(args, "softmax") ? "CrossEntropyLoss" : flag(args, "sigmoid") ? "sigmoid_focal_loss" : null;
                case "FocalLoss" -> flag(args, "use_softmax") ? "CrossEntropyLoss" : args.given(-1, "use_softmax") == null ? "sigmoid_focal_loss" : null;
                default -> null;
            };
        } else if (name.startsWith("kornia.losses.")) {
            as = switch (last) {
                case "FocalLoss" -> "CrossEntropyLoss";
                case "BinaryFocalLossWithLogits" -> "sigmoid_focal_loss";
                default -> null;
            };
        }
        if (as == null) return null;
        String shown = name.startsWith("monai.") ? "MONAI " + last : "kornia " + last;
        return new Value.Loss("pytorch", as, shown, LossOptions.NONE, call.place());
    }

    /** Whether the keyword is given as the literal True (MONAI's flags have no positional place worth reading). */
    private static boolean flag(Args args, String keyword) {
        return args.keyword(keyword) != null && args.given(-1, keyword) instanceof Value.Literal l && Boolean.TRUE.equals(l.value());
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
