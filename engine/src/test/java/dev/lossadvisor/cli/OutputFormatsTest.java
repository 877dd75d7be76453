package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.lossadvisor.engine.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class OutputFormatsTest {
    private static final Path SARIF_SCHEMA = Path.of(System.getProperty("sarif.schema", "target/sarif/package/lib/schemas/sarif-2.1.0-rtm.5.json"));

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws Exception {
        CliTest.Run r = CliTest.run("lint", "--format", "sarif", Fixtures.SAMPLES.toString());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode sarif = mapper.readTree(r.out());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(mapper.readTree(SARIF_SCHEMA.toFile()));
        assertEquals(Set.of(), schema.validate(sarif));

        JsonNode run = sarif.get("runs").get(0);
        assertEquals(Fixtures.ADVISOR.rules().size(), run.get("tool").get("driver").get("rules").size());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertEquals("LA001", rule.get("id").asText());
        assertTrue(rule.get("help").get("markdown").asText().contains("## Why is this bad?"));
        assertTrue(run.get("results").size() > 20);
    }

    @Test
    void sarifResultsPointAtTheLineOfTheField() throws Exception {
        CliTest.Run r = CliTest.run("lint", "--format", "sarif", Fixtures.SAMPLES.resolve("softmax-single-unit/bad.json").toString());
        JsonNode result = new ObjectMapper().readTree(r.out()).get("runs").get(0).get("results").get(0);
        assertEquals("LA003", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        JsonNode loc = result.get("locations").get(0);
        int line = loc.get("physicalLocation").get("region").get("startLine").asInt();
        String text = Files.readAllLines(Fixtures.SAMPLES.resolve("softmax-single-unit/bad.json")).get(line - 1);
        assertTrue(text.contains("\"units\""), "line " + line + " is " + text);
        assertEquals("/output/units", loc.get("logicalLocations").get(0).get("fullyQualifiedName").asText());
    }

    @Test
    void junitXmlHasASuitePerFileAndAFailurePerFailingFinding() throws Exception {
        CliTest.Run r = CliTest.run("lint", "--format", "junit", Fixtures.SAMPLES.resolve("softmax-single-unit").toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("testsuite").getLength());
        assertEquals(1, doc.getElementsByTagName("failure").getLength(), "the error fails; the info finding does not at --fail-on error");
        assertEquals(1, r.code());
    }

    @Test
    void junitShowsWarningsBelowTheThresholdAsPassingCases() throws Exception {
        CliTest.Run r = CliTest.run("lint", "--format", "junit", Fixtures.SAMPLES.resolve("mse-for-classification/bad.json").toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, doc.getElementsByTagName("failure").getLength(), "a warning does not fail at --fail-on error");
        assertEquals("LA001 mse-for-classification /loss/name", ((org.w3c.dom.Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name"));
        assertTrue(doc.getElementsByTagName("system-out").item(0).getTextContent().startsWith("warning: MSELoss is a regression loss"), r.out());
        CliTest.Run strict = CliTest.run("lint", "--format", "junit", "--fail-on", "warning", Fixtures.SAMPLES.resolve("mse-for-classification/bad.json").toString());
        assertTrue(strict.out().contains("<failure message=\"MSELoss is a regression loss"), strict.out());
    }

    @Test
    void sarifUrisArePercentEncoded(@TempDir Path dir) throws Exception {
        Path odd = Files.createDirectories(dir.resolve("my models#1"));
        Files.copy(Fixtures.SAMPLES.resolve("softmax-single-unit/bad.json"), odd.resolve("bad file.json"));
        CliTest.Run r = CliTest.run("lint", "--format", "sarif", odd.resolve("bad file.json").toString());
        String uri = new ObjectMapper().readTree(r.out()).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertTrue(uri.endsWith("/my%20models%231/bad%20file.json"), uri);
        assertEquals(odd.resolve("bad file.json").toString().replace('\\', '/'), java.net.URI.create(uri).getPath().replace('\\', '/'));
    }

    @Test
    void junitReportsUnreadableFilesAsErrors(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"framework\": 3}");
        CliTest.Run r = CliTest.run("lint", "--format", "junit", bad.toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, doc.getElementsByTagName("error").getLength());
        assertEquals(2, r.code());
    }

    @Test
    void textHasColoursOnlyWhenAsked() {
        String file = Fixtures.SAMPLES.resolve("softmax-single-unit/bad.json").toString();
        assertFalse(CliTest.run("lint", file).out().contains("\u001b["), "not a terminal: no colours");
        assertTrue(CliTest.run("lint", "--color", "always", file).out().contains("\u001b[31merror"));
    }
}
