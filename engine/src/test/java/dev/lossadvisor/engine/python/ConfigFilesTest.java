package dev.lossadvisor.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.LossAdvisor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML config the code loads is read from the project's own tree on disk only: never from outside it, never for an upload. */
class ConfigFilesTest {
    private static String script(String yaml) {
        return "import torch\nimport torch.nn as nn\nfrom omegaconf import OmegaConf\n\ncfg = OmegaConf.load(\"" + yaml + "\")\n"
                + "HEADS = {\"softmax\": nn.Softmax(dim=1), \"none\": nn.Identity()}\n"
                + "model = nn.Sequential(nn.Linear(4, 3), HEADS[cfg.activation])\ncriterion = nn.CrossEntropyLoss()\n"
                + "x, y = torch.randn(8, 4), torch.randint(0, 3, (8,))\nloss = criterion(model(x), y)\n";
    }

    @Test
    void aConfigInTheProjectIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("conf.yaml"), "activation: softmax\n");
        Path train = Files.writeString(dir.resolve("train.py"), script("conf.yaml"));
        List<PythonSources.Outcome> outcomes = LossAdvisor.lintPython(dir, List.of(train));
        assertEquals(1, outcomes.get(0).descriptions().size(), "the softmax the config picks reaches the loss");
        assertTrue(outcomes.get(0).descriptions().get(0).head().startsWith("softmax"), outcomes.get(0).descriptions().get(0).head());
    }

    @Test
    void aConfigOutsideTheProjectIsNotRead(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("conf.yaml"), "activation: softmax\n");
        Path project = Files.createDirectory(dir.resolve("project"));
        Path train = Files.writeString(project.resolve("train.py"), script(outside.toString()));
        assertEquals(List.of(), LossAdvisor.lintPython(project, List.of(train)).get(0).descriptions());
    }

    @Test
    void anUploadReadsNoConfigFromTheServersDisk(@TempDir Path dir) throws Exception {
        Path onServer = Files.writeString(dir.resolve("conf.yaml"), "activation: softmax\n");
        List<PythonSources.Outcome> outcomes = PythonSources.analyse(Map.of(Path.of("train.py"), script(onServer.toString()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), outcomes.get(0).descriptions());
    }

    /** The same script reading its config itself: {@code with open(path) as f: cfg = yaml.safe_load(f)}, or json.load. */
    private static String opening(String file, String loader) {
        return script(file).replace("cfg = OmegaConf.load(\"" + file + "\")\n", "import json, yaml\nwith open(\"" + file + "\") as f:\n    cfg = " + loader + "(f)\n")
                .replace("HEADS[cfg.activation]", "HEADS[cfg[\"activation\"]]");
    }

    @Test
    void aConfigOpenedInTheProjectIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("conf.yaml"), "activation: softmax\n");
        Files.writeString(dir.resolve("conf.json"), "{\"activation\": \"softmax\"}\n");
        for (String[] way : List.of(new String[] {"conf.yaml", "yaml.safe_load"}, new String[] {"conf.json", "json.load"})) {
            Path train = Files.writeString(dir.resolve("train.py"), opening(way[0], way[1]));
            List<PythonSources.Outcome> outcomes = LossAdvisor.lintPython(dir, List.of(train));
            assertEquals(1, outcomes.get(0).descriptions().size(), way[1] + ": the softmax the config picks reaches the loss");
        }
    }

    @Test
    void aConfigOpenedOutsideTheProjectOrByAnUploadIsNotRead(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("conf.yaml"), "activation: softmax\n");
        Path project = Files.createDirectory(dir.resolve("project"));
        Path train = Files.writeString(project.resolve("train.py"), opening(outside.toString(), "yaml.safe_load"));
        assertEquals(List.of(), LossAdvisor.lintPython(project, List.of(train)).get(0).descriptions());
        byte[] upload = opening(outside.toString(), "yaml.safe_load").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), PythonSources.analyse(Map.of(Path.of("train.py"), upload)).get(0).descriptions());
    }
}
