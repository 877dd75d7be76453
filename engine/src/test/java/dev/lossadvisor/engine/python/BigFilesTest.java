package dev.lossadvisor.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.LossAdvisor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files over 32,000 characters are parsed around their loss calls only; the flow through a model class, a build
 * function and the training loop must survive that, with places exact (non-ASCII text before them included).
 */
class BigFilesTest {

    /** 24 functions, each calling the next from 12 places: following a parameter to every call site must not explode. */
    @Test
    void parameterChainsWithManyCallSitesEndQuickly(@TempDir Path dir) throws Exception {
        StringBuilder src = new StringBuilder("import torch.nn as nn\n\n\ndef f24(model, x, y):\n    return nn.CrossEntropyLoss()(model(x), y)\n\n\n");
        for (int i = 23; i >= 0; i--) {
            src.append("def f").append(i).append("(model, x, y):\n");
            for (int k = 0; k < 12; k++) src.append("    f").append(i + 1).append("(model, x, y)\n");
            src.append("\n\n");
        }
        src.append("f0(nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1)), None, None)\n");
        Path script = dir.resolve("chain.py");
        Files.writeString(script, src.toString());
        List<PythonSources.Outcome> outcomes = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> LossAdvisor.lintPython(dir, List.of(script)));
        assertEquals(null, outcomes.get(0).problem());
    }

    /** Only a model's compile may take a loss: a file that compiles regexes or code is not a loss file, one that compiles a model is. */
    @Test
    void regexAndCodeCompilesMakeNoLossFile() {
        String regexes = "import re\nWORDS = re.compile(r\"\\w+\")\ncode = compile(source, \"<string>\", \"exec\")\n";
        assertEquals(false, dev.lossadvisor.engine.python.flow.LossFlows.mayHoldLoss(regexes));
        assertEquals(List.of(), dev.lossadvisor.engine.python.flow.LossFlows.lossCalls(regexes));
        String model = regexes + "model.compile(\"adam\", \"mse\")\n";
        assertTrue(dev.lossadvisor.engine.python.flow.LossFlows.mayHoldLoss(model));
        assertEquals(List.of(model.indexOf("model.compile")), dev.lossadvisor.engine.python.flow.LossFlows.lossCalls(model));
    }

    @Test
    void aLongScriptIsAnalysedAroundItsLossWithExactPlaces(@TempDir Path dir) throws Exception {
        StringBuilder src = new StringBuilder("# -*- coding: utf-8 -*-\n\"\"\"Entraînement du modèle — données réelles.\"\"\"\n");
        src.append("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n");
        for (int i = 0; i < 700; i++) {
            src.append("def helper_").append(i).append("(x):\n    \"\"\"Étape ").append(i).append(".\"\"\"\n    return x * ").append(i).append("\n\n\n");
        }
        src.append("class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(16, 4)\n\n");
        for (int i = 0; i < 50; i++) src.append("    def unused_").append(i).append("(self):\n        return ").append(i).append("\n\n");
        src.append("    def forward(self, x):\n        return F.softmax(self.fc(x), dim=1)\n\n\n");
        src.append("def build():\n    return Net()\n\n\n");
        src.append("model = build()\ncriterion = nn.CrossEntropyLoss()\nfor x, y in []:\n    loss = criterion(model(x), y)\n");
        String text = src.toString();
        assertTrue(text.length() > dev.lossadvisor.engine.python.semantic.Project.WHOLE_PARSE_CHARS, "the file is big enough to be masked: " + text.length());
        Path script = dir.resolve("train.py");
        Files.writeString(script, text);

        List<PythonSources.Outcome> outcomes = LossAdvisor.lintPython(dir, List.of(script));
        assertEquals(1, outcomes.get(0).descriptions().size(), "one flow");
        String[] lines = text.split("\n", -1);
        int softmaxLine = 0;
        for (int i = 0; i < lines.length; i++) if (lines[i].contains("F.softmax")) softmaxLine = i + 1;
        String head = outcomes.get(0).descriptions().get(0).head();
        assertTrue(head.startsWith("softmax at " + script + ":" + softmaxLine + ":16 feeds nn.CrossEntropyLoss"), head);
    }

    /**
     * A tree of more loss files than the trees held at once (their memory is dropped and files parsed again as needed):
     * a flow through an imported model class is found before the trees are dropped and after.
     */
    @Test
    void flowsSurviveTheDroppingOfTreesInAManyFilesTree(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("models.py"), "import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n"
                + "        super().__init__()\n        self.fc = nn.Linear(8, 3)\n\n    def forward(self, x):\n        return self.fc(x).softmax(dim=1)\n");
        String trainer = "import torch.nn as nn\nfrom models import Net\n\n\ndef fit(model, x, y):\n    return nn.CrossEntropyLoss()(model(x), y)\n\n\nfit(Net(), None, None)\n";
        Path first = Files.writeString(dir.resolve("a_train.py"), trainer);
        Path last = Files.writeString(dir.resolve("zz_train.py"), trainer);
        for (int i = 0; i < 4_500; i++) { // each weighs its text and a 4 KB share: over the 16 M chars held at once
            Path d = Files.createDirectories(dir.resolve("pkg" + i / 1000));
            Files.writeString(d.resolve("m" + i + ".py"), "import torch.nn as nn\ncriterion = nn.CrossEntropyLoss()\ndef g(model, x, y):\n    return criterion(model(x), y)\n");
        }
        List<PythonSources.Outcome> outcomes = LossAdvisor.lintPython(dir, PythonSources.filesUnder(dir));
        List<PythonSources.Outcome> trainers = outcomes.stream().filter(o -> o.file().equals(first) || o.file().equals(last)).toList();
        assertEquals(2, trainers.size());
        for (PythonSources.Outcome o : trainers) {
            assertEquals(1, o.descriptions().size(), o.file() + ": one flow");
            assertTrue(o.descriptions().get(0).head().startsWith("softmax at " + dir.resolve("models.py") + ":10:"), o.descriptions().get(0).head());
        }
    }
}
