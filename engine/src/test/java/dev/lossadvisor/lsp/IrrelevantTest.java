package dev.lossadvisor.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the language server may keep its last analysis: only for edits no flow can reach. */
class IrrelevantTest {
    static final Map<String, String> PROJECT = Map.of(
            "train.py", "from models.net import Net\nimport torch.nn as nn\ncriterion = nn.CrossEntropyLoss()\n",
            "models/net.py", "import torch.nn as nn\nclass Net(nn.Module):\n    pass\n",
            "utils/meter.py", "class Meter:\n    total = 0\n");

    static Map<String, String> with(String file, String text) {
        Map<String, String> m = new java.util.HashMap<>(PROJECT);
        m.put(file, text);
        return m;
    }

    @Test
    void anEditInAModuleNobodyImportsAndThatHoldsNoLossKeepsTheAnalysis() {
        assertTrue(Irrelevant.edits(PROJECT, with("utils/meter.py", "class Meter:\n    total = 1\n")));
    }

    @Test
    void anEditThatMayStartAFlowOrReachOneDoesNot() {
        assertFalse(Irrelevant.edits(PROJECT, with("utils/meter.py", "import torch.nn as nn\nloss = nn.MSELoss()\n")), "a loss appears");
        assertFalse(Irrelevant.edits(PROJECT, with("models/net.py", "class Net:\n    pass\n")), "imported by train.py");
        assertFalse(Irrelevant.edits(PROJECT, with("train.py", "print(1)\n")), "the loss goes");
        Map<String, String> importsMeter = with("train.py", PROJECT.get("train.py") + "from utils.meter import Meter\n");
        assertFalse(Irrelevant.edits(importsMeter, with("utils/meter.py", "class Meter:\n    total = 2\n").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equals("train.py") ? importsMeter.get("train.py") : e.getValue()))));
    }
}
