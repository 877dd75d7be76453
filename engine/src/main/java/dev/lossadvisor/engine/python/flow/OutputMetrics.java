package dev.lossadvisor.engine.python.flow;

import dev.lossadvisor.engine.python.eval.Value.KerasModel;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.syntax.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The metrics of compile(metrics=[...]) that one output of a multi-output Keras model is measured with. */
final class OutputMetrics {
    private OutputMetrics() {
    }

    /**
     * metrics=["accuracy", "mse"] as long as the outputs are: Keras 3 gives the i-th to the i-th output, Keras 2 gave every
     * one to every output; the output keeps its own, which both agree on (a list of another length is every output's).
     */
    static List<String> of(KerasModel model, Tensor output, Node list, List<String> metrics) {
        Map<Integer, Tensor> outputs = new HashMap<>();
        for (Map.Entry<String, Tensor> e : model.heads().entrySet()) {
            if (e.getKey().chars().allMatch(Character::isDigit)) outputs.put(Integer.parseInt(e.getKey()), e.getValue());
        }
        if (outputs.size() < 2 || list == null || !list.is("list") || list.named().size() != outputs.size()) return metrics;
        // an entry that is not a name (a nested list, a metric object) leaves the positions unknown
        if (metrics.size() != outputs.size()) return List.of();
        for (Map.Entry<Integer, Tensor> e : outputs.entrySet()) {
            if (e.getValue() == output && e.getKey() < metrics.size()) return List.of(metrics.get(e.getKey()));
        }
        return List.of();
    }
}
