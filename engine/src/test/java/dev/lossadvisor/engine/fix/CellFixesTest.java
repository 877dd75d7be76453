package dev.lossadvisor.engine.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.LintPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Fixes of flows that run through notebooks: computed over every cell and the project's files, edits on the cells' own lines. */
class CellFixesTest {
    static final Fixer FIXER = new Fixer(Fixtures.ADVISOR, LintPolicy.defaults(Fixtures.ADVISOR));
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aKerasLossNameBecomesItsFromLogitsObjectThroughTheImportOfAnotherCell() throws IOException {
        Map<String, String> texts = Map.of("train.ipynb", notebook("import keras\nfrom keras import layers\n", null, """
                inputs = keras.Input(shape=(32,))
                x = layers.Dense(64, activation="relu")(inputs)
                outputs = layers.Dense(10)(x)
                model = keras.Model(inputs, outputs)
                model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
                """));
        Fixer.Issue issue = only(texts, "logits-to-probability-loss");
        assertTrue(issue.finding().path().startsWith("train.ipynb:cell 3:5:"), issue.finding().path());
        Fix fix = CellFixes.of(issue.finding(), issue.description(), texts).get(0);
        assertEquals(List.of(new LineEdit("train.ipynb:cell 3", 5, "model.compile(optimizer=\"adam\", loss=\"categorical_crossentropy\", metrics=[\"accuracy\"])",
                "model.compile(optimizer=\"adam\", loss=keras.losses.CategoricalCrossentropy(from_logits=True), metrics=[\"accuracy\"])")), fix.edits());
        Fix suppress = CellFixes.suppress(issue.finding(), texts).orElseThrow();
        assertEquals("train.ipynb:cell 3", suppress.edits().get(0).file());
        assertEquals(5, suppress.edits().get(0).line());
    }

    @Test
    void aModelFileOfTheProjectTrainedInANotebookIsFixedInThatFile() throws IOException {
        Path c = Path.of("src/test/resources/fixes/double-softmax-cross-file");
        Map<String, String> texts = new TreeMap<>();
        texts.put("model.py", Files.readString(c.resolve("model.py")));
        texts.put("data.py", Files.readString(c.resolve("data.py")));
        texts.put("train.ipynb", notebook("import torch\nfrom torch import nn\n\nfrom data import batches\nfrom model import Classifier\n", """
                model = Classifier()
                criterion = nn.CrossEntropyLoss()
                optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
                for x, y in batches():
                    optimizer.zero_grad()
                    loss = criterion(model(x), y)
                    loss.backward()
                    optimizer.step()
                """));
        Fixer.Issue issue = only(texts, "probabilities-to-logits-loss");
        Fix fix = CellFixes.of(issue.finding(), issue.description(), texts).get(0);
        assertTrue(fix.safe(), "the model is built once and called once, in the cell that feeds the loss");
        assertEquals(List.of(new LineEdit("model.py", 18, "        return self.softmax(x)", "        return x")), fix.edits());
    }

    private static Fixer.Issue only(Map<String, String> texts, String rule) {
        List<Fixer.Issue> issues = FIXER.lint(texts).stream().filter(i -> i.finding().rule().equals(rule)).toList();
        assertEquals(1, issues.size(), FIXER.lint(texts).toString());
        return issues.get(0);
    }

    /** nbformat 4 JSON: each text a code cell, null a markdown cell. */
    private static String notebook(String... cells) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String c : cells) {
            list.add(c == null ? Map.of("cell_type", "markdown", "metadata", Map.of(), "source", List.of("## Train\n"))
                    : Map.of("cell_type", "code", "metadata", Map.of(), "outputs", List.of(), "execution_count", 1,
                            "source", c.lines().map(l -> l + "\n").toList()));
        }
        return JSON.writeValueAsString(Map.of("nbformat", 4, "nbformat_minor", 5, "metadata", Map.of(), "cells", list));
    }
}
