package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Fields;
import dev.lossadvisor.engine.python.eval.Value.Pretrained;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;
import java.util.regex.Pattern;

/**
 * transformers' classification models ({@code AutoModelForSequenceClassification.from_pretrained(name, num_labels=K)},
 * BertForTokenClassification, ViTForImageClassification, ...): a linear head of raw scores whose output comes back in a
 * ModelOutput, {@code .logits}, {@code ["logits"]}, and first of the tuple when no labels are passed (the loss is first
 * when they are).
 */
final class TransformersLibrary implements Library {
    static final String PACKS = "transformers";
    /** The PyTorch classes (not TF or Flax ones) whose output has raw class scores at logits. */
    private static final Pattern CLASSIFIERS = Pattern.compile("(?!TF|Flax)[A-Z][A-Za-z0-9]*For(Sequence|Token|Image|Audio)Classification");
    /** The TensorFlow (Keras) classes of those. */
    private static final Pattern TF_CLASSIFIERS = Pattern.compile("TF[A-Z][A-Za-z0-9]*For(Sequence|Token|Image|Audio)Classification");
    /** Decoder families keep their head under score; the others (BERT, RoBERTa, ViT, Auto models by default) under classifier. */
    private static final Pattern SCORE_HEADS = Pattern.compile("(GPT|Llama|Mistral|Mixtral|Qwen|Gemma|Phi|OPT|Bloom|Falcon|GPTNeo|GPTJ).*");
    /** Positional arguments a forward takes before its labels in every family: more may pass them. */
    private static final int BEFORE_LABELS = 3;

    @Override
    public Value call(String name, Args args, Node call) {
        if (!name.startsWith("transformers.")) return null;
        String[] parts = name.split("\\.");
        String last = parts[parts.length - 1];
        boolean loader = last.equals("from_pretrained") || last.equals("from_config");
        String cls = loader ? parts[parts.length - 2] : last;
        boolean keras = TF_CLASSIFIERS.matcher(cls).matches();
        if (!keras && !CLASSIFIERS.matcher(cls).matches()) return null;
        int units = args.evaluator().integer(args.keyword("num_labels"), args.context()); // not given: the checkpoint's config decides
        // a TF model is a keras.Model whose compile loss gets the logits as y_pred (its own loss only when compile is given none)
        if (keras) return new Value.KerasModel(new Value.Tensor("linear", units, call.place(), cls + " logits", null, List.of(cls + " logits")), List.of(), java.util.Map.of());
        var head = new Value.Layer("linear", units, call.place(), cls + " logits", null, true);
        return new Pretrained(SCORE_HEADS.matcher(cls).matches() ? "score" : "classifier", 0, head, PACKS);
    }

    /** model(input_ids, attention_mask=...): the head's scores at logits; at [0] too only when no labels can be among the arguments. */
    static Value output(Value logits, Args args) {
        boolean labels = args.keyword("labels") != null;
        boolean hidden = args.node() != null && args.node().named().stream().anyMatch(a -> a.is("dictionary_splat") || a.is("list_splat"))
                || args.positional().size() > BEFORE_LABELS;
        if (!labels && !hidden) return new Fields(List.of("logits"), List.of(logits), true);
        return new Fields(List.of("loss", "logits"), List.of(Value.UNKNOWN, logits), !hidden);
    }

    /** outputs.get("logits"), outputs.to_tuple(). */
    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        if (!(receiver instanceof Fields f)) return null;
        return switch (method) {
            case "get" -> args.value(0, null) instanceof Value.Literal l && l.value() instanceof String k ? f.field(k) : Value.UNKNOWN;
            case "to_tuple" -> f;
            default -> null;
        };
    }
}
