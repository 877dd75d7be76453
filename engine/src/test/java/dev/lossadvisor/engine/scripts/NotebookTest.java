package dev.lossadvisor.engine.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.report.SarifReport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notebooks read as one module in cell order, magics neutralised in place, places given as the cells show them. */
class NotebookTest {
    static final Path NOTEBOOKS = Path.of("src/test/resources/notebooks");
    static final Path KERAS = NOTEBOOKS.resolve("keras-digits-v4.ipynb");
    static final Path TORCH = NOTEBOOKS.resolve("torch-sentiment-v3.ipynb");

    static List<String> places(List<ModelDescription> ds) {
        return ds.stream().flatMap(d -> Fixtures.ADVISOR.validate(d).findings().stream()).map(f -> f.code() + " " + f.path()).toList();
    }

    @Test
    void magicsBecomePassInPlace() {
        List<String> in = List.of("%matplotlib inline", "files = !ls data", "x = (a", "     % b)", "if x:", "    !nvidia-smi", "model.fit?", "y = 1  # why?",
                "!pip install \\", "   torch", "print(files)");
        List<String> out = Magics.neutralise(in);
        assertEquals(List.of("pass", "files = None", "x = (a", "     % b)", "if x:", "    pass", "pass", "y = 1  # why?", "pass", "", "print(files)"), out);
        assertEquals(List.of("pass", "", ""), Magics.neutralise(List.of("%%bash", "ls -l", "echo done")), "a shell cell holds no Python");
        assertEquals(List.of("pass", "x = 1"), Magics.neutralise(List.of("%%time", "x = 1")), "%%time runs its Python");
        assertEquals(List.of("s = '''", "%not a magic", "'''"), Magics.neutralise(List.of("s = '''", "%not a magic", "'''")), "inside a string");
        assertEquals(List.of("from models import *", "  from utils.nets import *", "pass"), Magics.neutralise(List.of("%run models.py", "  %run -i ./utils/nets.py --depth 3",
                "%run -m pkg.main")), "a script run in the kernel leaves its names there");
    }

    @Test
    void aScriptRunWithRunMagicGivesTheNotebookItsNames(@TempDir Path dir) throws Exception {
        // the model code kept in a script beside the notebook and loaded with %run, then compiled in a cell
        Files.writeString(dir.resolve("architectures.py"), """
                from tensorflow.keras import layers, models

                def small_cnn(num_classes, size=64):
                    return models.Sequential([
                        layers.Input((size, size, 1)),
                        layers.Conv2D(16, 3, activation="relu"),
                        layers.GlobalAveragePooling2D(),
                        layers.Dense(num_classes, activation="softmax"),
                    ])
                """);
        String cells = """
                {"cells": [
                 {"cell_type": "code", "source": ["%load_ext autoreload\\n", "%autoreload 2\\n", "%run architectures.py"]},
                 {"cell_type": "code", "source": ["import numpy as np\\n", "import tensorflow as tf\\n", "images = np.load('galaxy_images.npy')"]},
                 {"cell_type": "code", "source": ["model = small_cnn(num_classes=4)\\n",
                   "model.compile(optimizer='adam', loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))"]}
                ], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 5}""";
        Path nb = dir.resolve("galaxies.ipynb");
        Files.writeString(nb, cells);
        List<Path> project = List.of(dir.resolve("architectures.py"), nb);
        assertEquals(List.of("LA007 " + dir.resolve("architectures.py") + ":8:9"), lint(dir, project), "the script's softmax head compiled from_logits");
        Files.writeString(dir.resolve("architectures.py"), Files.readString(dir.resolve("architectures.py")).replace(", activation=\"softmax\")", ")"));
        assertEquals(List.of(), lint(dir, project), "a linear head is what from_logits=True wants");
    }

    @Test
    void nbformat4MistakeAtItsCell() throws Exception {
        assertEquals(List.of("LA025 " + KERAS + ":cell 7:3:40"), places(Fixtures.ADVISOR.read(KERAS)),
                "and nothing on cell 5's from_logits compile: cell 4's logits model replaced cell 3's softmax one");
    }

    @Test
    void theLaterDefinitionWinsAsWhenRunTopToBottom(@TempDir Path dir) throws Exception {
        String cells = """
                {"cells": [
                 {"cell_type": "code", "source": ["from tensorflow import keras\\n", "model = keras.Sequential([keras.layers.Dense(10)])"]},
                 {"cell_type": "markdown", "source": "Probabilities out, for the demo"},
                 {"cell_type": "code", "source": "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])"},
                 {"cell_type": "code", "source": "model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))"}
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 2}""";
        Path nb = dir.resolve("redefined.ipynb");
        Files.writeString(nb, cells);
        List<String> found = places(Fixtures.ADVISOR.read(nb));
        assertEquals(List.of("LA007 " + nb + ":cell 3:1:27"), found, "cell 3's softmax replaced cell 1's logits before the compile in cell 4");
    }

    @Test
    void aModelBuiltAndCompiledInAModuleIsFitInTheNotebookWithItsLabels(@TempDir Path dir) throws Exception {
        // the course layout: helpers.py builds and compiles, the notebook star-imports it, encodes labels, fits
        Files.writeString(dir.resolve("helpers.py"), """
                from tensorflow import keras

                def build_classifier(n_features, n_classes):
                    inputs = keras.Input(shape=(n_features,))
                    x = keras.layers.Dense(64, activation="relu")(inputs)
                    out = keras.layers.Dense(n_classes, activation="softmax", name="species")(x)
                    model = keras.Model(inputs, [out])
                    model.compile(optimizer="adam", loss={"species": "sparse_categorical_crossentropy"}, metrics=["accuracy"])
                    return model
                """);
        String cells = """
                {"cells": [
                 {"cell_type": "code", "source": ["!pip install -q tensorflow seaborn\\n", "%matplotlib inline"]},
                 {"cell_type": "code", "source": ["import seaborn as sns\\n", "from tensorflow import keras\\n", "from helpers import *"]},
                 {"cell_type": "code", "source": ["penguins = sns.load_dataset('penguins').dropna()\\n", "x = penguins[['bill_length_mm', 'bill_depth_mm']].values\\n",
                   "codes = penguins['species'].astype('category').cat.codes\\n", "y = keras.utils.to_categorical(codes, 3)"]},
                 {"cell_type": "code", "source": ["model = build_classifier(2, 3)\\n", "history = model.fit(x, y, epochs=20)"], "outputs": [{"output_type": "stream", "text": ["Epoch 1/20"]}]}
                ], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 5}""";
        Path nb = dir.resolve("penguins.ipynb");
        Files.writeString(nb, cells);
        List<Path> project = List.of(dir.resolve("helpers.py"), nb);
        assertEquals(List.of("LA012 " + nb + ":cell 3:4:5"), lint(dir, project), "one-hot rows fitted to the module's sparse loss");
        Files.writeString(nb, cells.replace("keras.utils.to_categorical(codes, 3)", "codes"));
        assertEquals(List.of(), lint(dir, project), "class codes are what the sparse loss takes");
    }

    /** The errors and warnings of a project's lint (the info that a logits loss is steadier is not asked about). */
    private static List<String> lint(Path root, List<Path> files) {
        return dev.lossadvisor.engine.LossAdvisor.lintPython(root, files).stream().flatMap(o -> places(o.descriptions()).stream())
                .filter(p -> !p.startsWith("LA022 ")).toList();
    }

    @Test
    void aCellThatDoesNotParseIsLeftOutAsTheKernelRunsTheOthers(@TempDir Path dir) throws Exception {
        String cells = """
                {"cells": [
                 {"cell_type": "code", "source": "import torch.nn as nn\\nimport torch.nn.functional as F"},
                 {"cell_type": "code", "source": "print 'old notebook cell'\\nfor i in range(3) print(i)"},
                 {"cell_type": "code", "source": "net = nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))\\ncriterion = nn.CrossEntropyLoss()\\nloss = criterion(net(x), y)"}
                ], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 4}""";
        Path nb = dir.resolve("half-broken.ipynb");
        Files.writeString(nb, cells);
        assertEquals(List.of("LA007 " + nb + ":cell 3:1:38"), places(Fixtures.ADVISOR.read(nb)),
                "the finding sits on the softmax inside the Sequential");
    }

    @Test
    void everyCellThatFailsOnItsOwnIsLeftOutAtOnce(@TempDir Path dir) throws Exception {
        // a book's notebook typed with no-break spaces in six cells: each is left out, as a kernel fails each alone
        // (one cell a round, the sixth was still there when the rounds ran out and the whole notebook was unreadable)
        StringBuilder cells = new StringBuilder("{\"cells\": [\n {\"cell_type\": \"code\", \"source\": \"import torch.nn as nn\"},\n");
        for (int i = 1; i <= 6; i++) cells.append(" {\"cell_type\": \"code\", \"source\": \"x = layers.Dense(" + 16 * i + ",\\u00a0activation='relu')(x)\"},\n");
        cells.append(" {\"cell_type\": \"code\", \"source\": \"net = nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))\\ncriterion = nn.CrossEntropyLoss()\\nloss = criterion(net(x), y)\"}\n");
        cells.append("], \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}, \"nbformat\": 4, \"nbformat_minor\": 4}");
        Path nb = dir.resolve("no-break-spaces.ipynb");
        Files.writeString(nb, cells);
        assertEquals(List.of("LA007 " + nb + ":cell 8:1:38"), places(Fixtures.ADVISOR.read(nb)), "cells 2 to 7 left out, the others linted");
        StringBuilder none = new StringBuilder("{\"cells\": [\n");
        for (int i = 1; i <= 7; i++) none.append(" {\"cell_type\": \"code\", \"source\": \"for step in range(" + i + ") loss = criterion(net(x), y)\"}").append(i < 7 ? ",\n" : "\n");
        none.append("], \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}, \"nbformat\": 4, \"nbformat_minor\": 4}");
        Path unreadable = Files.writeString(dir.resolve("no-python-3.ipynb"), none);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.lossadvisor.engine.input.InputException.class, () -> Fixtures.ADVISOR.read(unreadable));
        assertTrue(e.oneLine().contains("not valid Python"), "no cell parses: still unreadable, not linted empty: " + e.oneLine());
    }

    @Test
    void nbformat3WorksheetsAndCellLanguage() throws Exception {
        assertEquals(List.of("LA007 " + TORCH + ":cell 3:8:16"), places(Fixtures.ADVISOR.read(TORCH)));
        assertEquals(List.of(), places(Fixtures.ADVISOR.read(NOTEBOOKS.resolve("r-kernel.ipynb"))));
    }

    @Test
    void uploadsAndZippedProjects() throws Exception {
        try (InputStream in = Files.newInputStream(TORCH)) {
            assertEquals(List.of("LA007 upload.ipynb:cell 3:8:16"), places(Fixtures.ADVISOR.read(in)));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("project/notebooks/sentiment.ipynb"));
            z.write(Files.readAllBytes(TORCH));
            z.putNextEntry(new ZipEntry("project/notebooks/.ipynb_checkpoints/sentiment-checkpoint.ipynb"));
            z.write(Files.readAllBytes(TORCH));
        }
        assertEquals(List.of("LA007 project/notebooks/sentiment.ipynb:cell 3:8:16"),
                places(Fixtures.ADVISOR.read(new java.io.ByteArrayInputStream(zip.toByteArray()))));
    }

    @Test
    void sarifRegionIsTheLineOfTheCellsTextInTheNotebookFile() throws Exception {
        List<FileResult> results = Fixtures.ADVISOR.read(KERAS).stream()
                .map(d -> FileResult.linted(KERAS.toString(), Fixtures.ADVISOR.validate(d))).toList();
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.lint(results, Fixtures.ADVISOR.rules(), "test"));
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals("LA025", result.get("ruleId").asText());
        List<String> raw = Files.readAllLines(KERAS);
        int expected = 0;
        for (int i = 0; i < raw.size(); i++) if (raw.get(i).contains("is_zero.compile(")) expected = i + 1;
        assertEquals(expected, result.at("/locations/0/physicalLocation/region/startLine").asInt(), "the JSON line that holds the compile call");
        int column = result.at("/locations/0/physicalLocation/region/startColumn").asInt();
        assertTrue(raw.get(expected - 1).startsWith("\\\"categorical_crossentropy\\\"", column - 1), "the column of the loss name in that line, escapes counted: " + column);
        assertEquals(7, result.at("/properties/notebookCell").asInt());
        assertEquals("cell 7:3:40", result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    }

    @Test
    void aBrokenNotebookIsUnreadableNamingWhere(@TempDir Path dir) throws Exception {
        Path nb = dir.resolve("broken.ipynb");
        Files.writeString(nb, "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"x = 1\\n\"");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.lossadvisor.engine.input.InputException.class, () -> Fixtures.ADVISOR.read(nb));
        assertTrue(e.oneLine().contains("malformed JSON at line 1"), e.oneLine());
        Path empty = Files.writeString(dir.resolve("Untitled.ipynb"), "");
        assertEquals(List.of(), Fixtures.ADVISOR.read(empty), "an empty notebook, as Jupyter creates one, holds no flow");
    }

    @Test
    void cellsThatAreNotAListAreNamedSo(@TempDir Path dir) throws Exception {
        Path nb = Files.writeString(dir.resolve("odd.ipynb"), "{\"cells\": {}, \"metadata\": {}, \"nbformat\": 4}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.lossadvisor.engine.input.InputException.class, () -> Fixtures.ADVISOR.read(nb));
        assertTrue(e.oneLine().contains("not a Jupyter notebook: its 'cells' is not a list"), e.oneLine());
        // a list beside it still reads: nbformat 3's worksheets under an odd 'cells'
        String v3 = "{\"cells\": null, \"worksheets\": [{\"cells\": [{\"cell_type\": \"code\", \"input\": [\"x = 1\\n\"]}]}]}";
        assertEquals("x = 1\n", Notebook.read(new java.io.ByteArrayInputStream(v3.getBytes(java.nio.charset.StandardCharsets.UTF_8))).python());
    }

    @Test
    void anOverlongNumberGetsOurMessageAndItsPlace(@TempDir Path dir) throws Exception {
        String json = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"x = 1\\n\"],\n \"outputs\": [" + "7".repeat(1500) + "]}]}";
        Path nb = Files.writeString(dir.resolve("big.ipynb"), json);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.lossadvisor.engine.input.InputException.class, () -> Fixtures.ADVISOR.read(nb));
        assertTrue(e.oneLine().contains("not a readable notebook: a value beyond a reading limit at line 2, column "), e.oneLine());
        assertTrue(e.oneLine().contains("a number over 1,000 digits") && e.oneLine().contains("clear the outputs in Jupyter and save it again"), e.oneLine());
        assertFalse(e.oneLine().contains("StreamReadConstraints"), "not Jackson's own wording: " + e.oneLine());
    }

}
