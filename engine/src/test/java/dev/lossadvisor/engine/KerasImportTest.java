package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Keras format maps to the same descriptions, found by content, and is linted by the same rules. */
class KerasImportTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = KerasImportTest.class.getResourceAsStream("/keras/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A .keras archive as model.save() writes it: config.json and metadata.json (weights left out). */
    Path archive(String name, String config) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : Map.of("config.json", config, "metadata.json", resource("metadata.json")).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An HDF5 model file as model.save("m.h5") writes it: the configs as root attributes. */
    Path hdf5(String name, Map<String, String> attributes) {
        Path file = dir.resolve(name);
        try (WritableHdfFile h = HdfFile.write(file)) {
            attributes.forEach(h::putAttribute);
            h.putGroup("model_weights");
        }
        return file;
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static ModelDescription one(Path file) {
        List<ModelDescription> heads = Fixtures.ADVISOR.read(file);
        assertEquals(1, heads.size(), heads.toString());
        return heads.get(0);
    }

    static List<String> rules(ModelDescription d) {
        return Fixtures.ADVISOR.validate(d).findings().stream().map(Finding::rule).toList();
    }

    /** {"class_name": "Sequential", "config": {"layers": [...]}} with Dense layers of (units, activation), in order. */
    static ObjectNode sequential(Object... unitsAndActivations) {
        ObjectNode model = MAPPER.createObjectNode().put("class_name", "Sequential");
        ArrayNode layers = model.putObject("config").put("name", "seq").putArray("layers");
        for (int i = 0; i < unitsAndActivations.length; i += 2) {
            layers.addObject().put("class_name", "Dense").putObject("config").put("name", "dense_" + i)
                    .put("units", (Integer) unitsAndActivations[i]).put("activation", (String) unitsAndActivations[i + 1]);
        }
        return model;
    }

    @Test
    void kerasArchiveWithSoftmaxOnOneUnit() throws IOException {
        ModelDescription d = one(archive("m.keras", resource("softmax-one-unit.config.json")));
        assertEquals("keras", d.framework());
        assertEquals(1, d.output().units());
        assertEquals("softmax", d.output().activation());
        assertEquals("BinaryCrossentropy", d.loss().name());
        assertEquals(Boolean.FALSE, d.loss().fromLogits());
        assertEquals("keras-archive", d.contents().format());
        assertTrue(rules(d).contains("softmax-single-unit"), rules(d).toString());
    }

    @Test
    void kerasArchiveWithLogitsIsClean() throws IOException {
        ModelDescription d = one(archive("m.keras", resource("digits-logits.config.json")));
        assertEquals(10, d.output().units());
        assertEquals("linear", d.output().activation());
        assertEquals(List.of(), rules(d));
    }

    @Test
    void separateSoftmaxLayerInAFunctionalModelCountsAsTheActivation() throws IOException {
        ModelDescription d = one(archive("m.keras", resource("functional-double-softmax.config.json")));
        assertEquals(5, d.output().units());
        assertEquals("softmax", d.output().activation());
        assertTrue(rules(d).contains("probabilities-to-logits-loss"), rules(d).toString());
    }

    @Test
    void aLinearActivationAfterTheSoftmaxIsTheMixedPrecisionCast() throws IOException {
        // saved by Keras 3.15: Dense(10, softmax) then Activation("linear", dtype="float32"), compiled from_logits=True
        String config = resource("mixed-precision-cast.config.json");
        ModelDescription d = one(archive("cast.keras", config));
        assertEquals(10, d.output().units());
        assertEquals("softmax", d.output().activation(), "the float32 cast is the identity (Keras gives rows that sum to 1)");
        assertEquals(List.of("probabilities-to-logits-loss"), rules(d));
        int loss = config.indexOf("\"loss\": {");
        String plain = config.substring(0, loss) + "\"loss\": \"sparse_categorical_crossentropy\", \"loss_weights\"" + config.substring(config.indexOf("\"loss_weights\"", loss) + 14);
        assertEquals(List.of("prefer-from-logits"), rules(one(archive("plain.keras", plain))),
                "probabilities into a probability loss: only the info that logits are steadier, not a logits finding");
    }

    @Test
    void legacyModelJsonWithTrainingConfig() throws IOException {
        ModelDescription d = one(write("legacy.json", resource("legacy-logits-into-bce.json")));
        assertEquals(1, d.output().units(), "Dropout is looked through");
        assertEquals("linear", d.output().activation());
        assertTrue(rules(d).contains("logits-to-probability-loss"), rules(d).toString());
    }

    @Test
    void formatIsReadFromTheContentNotTheName() throws IOException {
        ObjectNode legacy = (ObjectNode) MAPPER.readTree(resource("legacy-logits-into-bce.json"));
        String training = legacy.remove("training_config").toString();
        Path h5AsKeras = hdf5("model.keras", Map.of("model_config", legacy.toString(), "training_config", training, "keras_version", "2.10.0"));
        ModelDescription d = one(h5AsKeras);
        assertEquals("keras-h5", d.contents().format());
        assertEquals("binary_crossentropy", d.loss().name());
        assertTrue(rules(d).contains("logits-to-probability-loss"));

        Path zipAsJson = archive("model.json", resource("digits-logits.config.json"));
        assertEquals("keras-archive", one(zipAsJson).contents().format());
    }

    @Test
    void weightsOnlyHdf5IsAnInfoFindingNotAnError() {
        Path file = dir.resolve("weights.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            h.putAttribute("layer_names", new String[] {"dense_1", "dense_2"});
            h.putAttribute("keras_version", "2.2.4");
            h.putGroup("dense_1");
        }
        ModelDescription d = one(file);
        assertNull(d.output());
        assertFalse(d.contents().architecture());
        ValidationReport r = Fixtures.ADVISOR.validate(d);
        assertEquals(List.of("weights-only-file"), r.findings().stream().map(Finding::rule).toList());
        assertEquals(Severity.INFO, r.findings().get(0).severity());
    }

    @Test
    void hdf5WithoutAnyKerasMarkIsNotAModel() {
        Path file = dir.resolve("dataset.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            h.putDataset("x", new double[] {1, 2, 3});
        }
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.read(file));
        assertTrue(e.notAModel(), e.oneLine());
    }

    @Test
    void keras1OutputDimAndListFormSequential() throws IOException {
        // Keras 1 / 2.0 to_json: "config" is the layer list itself, Dense says output_dim
        String json = "{\"class_name\": \"Sequential\", \"keras_version\": \"1.2.1\", \"config\": ["
                + "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d1\", \"output_dim\": 64, \"activation\": \"relu\"}},"
                + "{\"class_name\": \"Dropout\", \"config\": {\"name\": \"drop\", \"p\": 0.5}},"
                + "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d2\", \"output_dim\": 10, \"activation\": \"linear\"}},"
                + "{\"class_name\": \"Activation\", \"config\": {\"name\": \"act\", \"activation\": \"softmax\"}}]}";
        ModelDescription d = one(write("k1.json", json));
        assertEquals(10, d.output().units());
        assertEquals("softmax", d.output().activation());
        assertNull(d.loss());
        assertEquals("/config/2/config", d.locate("/output/units").replace("/units", ""));
        ValidationReport r = Fixtures.ADVISOR.validate(d);
        assertEquals(List.of("no-loss-recorded"), r.findings().stream().map(Finding::rule).toList());
        assertEquals("multiclass", r.advice().task(), "10 softmax units settle the task without a loss");
    }

    @Test
    void doubleEncodedJsonAndFirstKeyBackend() throws IOException {
        ObjectNode model = sequential(8, "relu", 1, "sigmoid");
        ObjectNode withBackend = MAPPER.createObjectNode().put("backend", "tensorflow");
        withBackend.setAll(model);
        assertEquals(1, one(write("backend-first.json", withBackend.toString())).output().units());
        String doubleEncoded = MAPPER.writeValueAsString(model.toString()); // json.dump(model.to_json())
        ModelDescription d = one(write("double.json", doubleEncoded));
        assertEquals("sigmoid", d.output().activation());
    }

    @Test
    void tfjsLayersModelJson() throws IOException {
        ObjectNode topology = MAPPER.createObjectNode().put("keras_version", "2.1.6-tf").put("backend", "tensorflow");
        topology.set("model_config", sequential(64, "relu", 3, "softmax"));
        topology.putObject("training_config").put("loss", "sparse_categorical_crossentropy").putArray("metrics").add("accuracy");
        ObjectNode tfjs = MAPPER.createObjectNode().put("format", "layers-model").put("generatedBy", "keras v2.1.6");
        tfjs.set("modelTopology", topology);
        tfjs.putArray("weightsManifest").addObject().putArray("paths").add("group1-shard1of1.bin");
        ModelDescription d = one(write("model.json", tfjs.toString()));
        assertEquals("tfjs", d.contents().format());
        assertEquals("sparse_categorical_crossentropy", d.loss().name());
        assertEquals(List.of("accuracy"), d.metrics());
        assertEquals("/modelTopology/training_config/loss/name", d.locate("/loss/name"));
    }

    @Test
    void nestedSequentialHeadAsTeachableMachineExports() throws IOException {
        ObjectNode outer = MAPPER.createObjectNode().put("class_name", "Sequential");
        ArrayNode layers = outer.putObject("config").put("name", "outer").putArray("layers");
        layers.add(sequential(1280, "relu"));
        layers.add(sequential(100, "relu", 2, "softmax"));
        ModelDescription d = one(write("tm.json", outer.toString()));
        assertEquals(2, d.output().units());
        assertEquals("softmax", d.output().activation());
    }

    @Test
    void multiOutputModelLintsEachHeadWithItsOwnLoss() throws IOException {
        String config = """
            {"class_name": "Functional", "config": {"name": "two_heads", "layers": [
              {"class_name": "InputLayer", "name": "in", "config": {"name": "in"}, "inbound_nodes": []},
              {"class_name": "Dense", "name": "age", "config": {"name": "age", "units": 1, "activation": "sigmoid"}, "inbound_nodes": [[["in", 0, 0, {}]]]},
              {"class_name": "Dense", "name": "kind", "config": {"name": "kind", "units": 4, "activation": "softmax"}, "inbound_nodes": [[["in", 0, 0, {}]]]}],
              "input_layers": [["in", 0, 0]], "output_layers": [["age", 0, 0], ["kind", 0, 0]]},
             "training_config": {"loss": {"age": "mse", "kind": "categorical_crossentropy"}, "metrics": {"age": ["mae"], "kind": ["accuracy"]}}}
            """;
        List<ModelDescription> heads = Fixtures.ADVISOR.read(write("two.json", config));
        assertEquals(List.of("age", "kind"), heads.stream().map(ModelDescription::head).toList());
        assertEquals("mse", heads.get(0).loss().name());
        assertEquals(List.of("mae"), heads.get(0).metrics());
        assertEquals("categorical_crossentropy", heads.get(1).loss().name());
        assertEquals(4, heads.get(1).output().units());
        assertEquals("/training_config/loss/kind", heads.get(1).locate("/loss"));

        // the same losses as a list, by output order
        String listed = config.replace("{\"age\": \"mse\", \"kind\": \"categorical_crossentropy\"}", "[\"mse\", \"categorical_crossentropy\"]");
        List<ModelDescription> byIndex = Fixtures.ADVISOR.read(write("two-list.json", listed));
        assertEquals("categorical_crossentropy", byIndex.get(1).loss().name());
    }

    @Test
    void perPositionHeads() throws IOException {
        // TimeDistributed(Dense(27)) + Activation(softmax): a tagger, one 27-way classifier per position
        String tagger = """
            {"class_name": "Sequential", "config": {"name": "tagger", "layers": [
              {"class_name": "Embedding", "config": {"name": "emb", "output_dim": 128}},
              {"class_name": "TimeDistributed", "config": {"name": "td", "layer": {"class_name": "Dense", "config": {"name": "dense_1", "units": 27, "activation": "linear"}}}},
              {"class_name": "Activation", "config": {"name": "act", "activation": "softmax"}}]},
             "training_config": {"loss": "categorical_crossentropy"}}
            """;
        ModelDescription t = one(write("tagger.json", tagger));
        assertEquals(27, t.output().units());
        assertEquals("softmax", t.output().activation());
        assertEquals(List.of(), rules(t).stream().filter(r -> !r.equals("prefer-from-logits")).toList());

        // Conv2D(1000, 1x1) -> Activation(softmax) -> Reshape((1000,)): MobileNet's classifier
        String mobilenet = """
            {"class_name": "Model", "config": {"name": "mobilenet", "layers": [
              {"class_name": "InputLayer", "name": "in", "config": {"name": "in"}, "inbound_nodes": []},
              {"class_name": "Conv2D", "name": "conv_preds", "config": {"name": "conv_preds", "filters": 1000, "activation": "linear"}, "inbound_nodes": [[["in", 0, 0, {}]]]},
              {"class_name": "Activation", "name": "act_softmax", "config": {"name": "act_softmax", "activation": "softmax"}, "inbound_nodes": [[["conv_preds", 0, 0, {}]]]},
              {"class_name": "Reshape", "name": "reshape_2", "config": {"name": "reshape_2", "target_shape": [1000]}, "inbound_nodes": [[["act_softmax", 0, 0, {}]]]}],
              "output_layers": [["reshape_2", 0, 0]]}}
            """;
        ModelDescription m = one(write("mobilenet.json", mobilenet));
        assertEquals(1000, m.output().units());
        assertEquals("softmax", m.output().activation());
    }

    @Test
    void customHeadsAndSubclassedModelsAreReportedNotRejected() throws IOException {
        String custom = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"dec\", \"layers\": ["
                + "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d\", \"units\": 10}},"
                + "{\"class_name\": \"ClusteringLayer\", \"config\": {\"name\": \"clustering\", \"output_dim\": 100}}]},"
                + "\"training_config\": {\"loss\": \"kld\"}}";
        ModelDescription d = one(write("dec.json", custom));
        assertNull(d.output());
        assertEquals("a ClusteringLayer layer", d.contents().unknownHead());
        assertTrue(rules(d).contains("unknown-output-layer"), rules(d).toString());

        ModelDescription vae = one(archive("vae.keras", "{\"module\": null, \"class_name\": \"VAE\", \"config\": {}, \"registered_name\": \"VAE\"}"));
        assertEquals("subclassed model VAE", vae.contents().unknownHead());
    }

    @Test
    void oneEntryPointForStreamsAndFiles() throws IOException {
        Path file = archive("m.keras", resource("digits-logits.config.json"));
        List<ModelDescription> fromStream = Fixtures.ADVISOR.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertEquals(Fixtures.ADVISOR.read(file).get(0).output(), fromStream.get(0).output());
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.read(new ByteArrayInputStream(new byte[] {(byte) 0x80, 4, (byte) 0x95})));
        assertTrue(e.notAModel());
        assertTrue(e.problem().contains("Python pickle"), e.oneLine());
    }

    @Test
    void badFilesNameTheProblem() throws IOException {
        Path notZip = write("broken.keras", "not a zip");
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.read(notZip));
        assertTrue(e.problem().contains("text, not a model file"), e.oneLine());

        Path empty = dir.resolve("empty.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("metadata.json"));
            zip.closeEntry();
        }
        e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.read(empty));
        assertTrue(e.problem().contains("no config.json"), e.oneLine());

        Path otherJson = write("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}");
        e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.read(otherJson));
        assertTrue(e.notAModel() && e.problem().contains("'version'"), e.oneLine());

        // a description with a misspelt first field is a description, told what it meant
        Path typo = write("typo.json", "{\"framwork\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"mse\"}");
        e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.read(typo));
        assertFalse(e.notAModel(), e.oneLine());
        assertTrue(e.hint().contains("did you mean framework"), e.oneLine());
    }
}
