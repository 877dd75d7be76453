package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.keras.KerasImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keras models in both formats map to descriptions and are linted by the same rules. */
class KerasImportTest {
    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = KerasImportTest.class.getResourceAsStream("/keras/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A .keras archive as model.save() writes it: config.json and metadata.json (weights left out). */
    Path archive(String configResource) throws IOException {
        Path file = dir.resolve(configResource.replace(".config.json", ".keras"));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : Map.of("config.json", resource(configResource), "metadata.json", resource("metadata.json")).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static List<String> rules(ModelDescription d) {
        return Fixtures.ADVISOR.validate(d).findings().stream().map(Finding::rule).toList();
    }

    @Test
    void kerasArchiveWithSoftmaxOnOneUnit() throws IOException {
        ModelDescription d = KerasImporter.readAny(Fixtures.ADVISOR, archive("softmax-one-unit.config.json"));
        assertEquals("keras", d.framework());
        assertEquals(1, d.output().units());
        assertEquals("softmax", d.output().activation());
        assertEquals("BinaryCrossentropy", d.loss().name());
        assertEquals(Boolean.FALSE, d.loss().fromLogits());
        assertTrue(rules(d).contains("softmax-single-unit"), rules(d).toString());
    }

    @Test
    void kerasArchiveWithLogitsIsClean() throws IOException {
        ModelDescription d = KerasImporter.readAny(Fixtures.ADVISOR, archive("digits-logits.config.json"));
        assertEquals(10, d.output().units());
        assertEquals("linear", d.output().activation());
        assertEquals(List.of(), rules(d));
    }

    @Test
    void separateSoftmaxLayerInAFunctionalModelCountsAsTheActivation() throws IOException {
        ModelDescription d = KerasImporter.readAny(Fixtures.ADVISOR, archive("functional-double-softmax.config.json"));
        assertEquals(5, d.output().units());
        assertEquals("softmax", d.output().activation());
        assertTrue(rules(d).contains("probabilities-to-logits-loss"), rules(d).toString());
    }

    @Test
    void legacyModelJsonWithTrainingConfig() throws IOException {
        Path file = dir.resolve("legacy.json");
        Files.writeString(file, resource("legacy-logits-into-bce.json"));
        ModelDescription d = KerasImporter.readAny(Fixtures.ADVISOR, file);
        assertEquals(1, d.output().units(), "Dropout is looked through");
        assertEquals("linear", d.output().activation());
        assertTrue(rules(d).contains("logits-to-probability-loss"), rules(d).toString());
    }

    @Test
    void wrappedModelAndTrainingConfigAsInHdf5Attributes() throws IOException {
        String legacy = resource("legacy-logits-into-bce.json");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(legacy);
        var wrapped = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        wrapped.set("training_config", tree.remove("training_config"));
        wrapped.set("model_config", tree);
        ModelDescription d = Fixtures.ADVISOR.parse(KerasImporter.fromModelJson(wrapped));
        assertEquals("binary_crossentropy", d.loss().name());
    }

    @Test
    void badArchivesNameTheProblem() throws IOException {
        Path notZip = dir.resolve("broken.keras");
        Files.writeString(notZip, "not a zip");
        InputException e = assertThrows(InputException.class, () -> KerasImporter.readAny(Fixtures.ADVISOR, notZip));
        assertTrue(e.problem().contains("not a zip"), e.oneLine());

        Path empty = dir.resolve("empty.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("metadata.json"));
            zip.closeEntry();
        }
        e = assertThrows(InputException.class, () -> KerasImporter.readAny(Fixtures.ADVISOR, empty));
        assertTrue(e.problem().contains("no config.json"), e.oneLine());
    }

    @Test
    void uncompiledModelsAndNonDenseHeadsAreRejected() throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var cfg = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(resource("digits-logits.config.json"));
        cfg.remove("compile_config");
        InputException e = assertThrows(InputException.class, () -> KerasImporter.fromModelJson(cfg));
        assertEquals("/training_config/loss", e.path());

        var conv = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(resource("digits-logits.config.json"));
        var layers = (com.fasterxml.jackson.databind.node.ArrayNode) conv.get("config").get("layers");
        layers.remove(layers.size() - 1);
        layers.remove(layers.size() - 1);
        layers.remove(layers.size() - 1);
        e = assertThrows(InputException.class, () -> KerasImporter.fromModelJson(conv));
        assertTrue(e.problem().contains("Conv2D"), e.oneLine());
    }
}
