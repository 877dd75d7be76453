package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint on Python sources: every output format carries file:line:column, and bad files are unreadable, never a crash. */
class PythonLintTest {
    private static final String PROJECT = "src/test/resources/python-projects/softmax-module-into-ce";
    private static final String PLACE = PROJECT + "/models/net.py:16:16";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textNamesTheSourcePlaceAndBothEndsOfTheFlow() {
        CliTest.Run r = CliTest.run("lint", PROJECT);
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().contains("probabilities-to-logits-loss  " + PLACE), r.out());
        assertTrue(r.out().contains("softmax at " + PLACE + " feeds nn.CrossEntropyLoss at " + PROJECT + "/train.py:18:17"), r.out());
        assertTrue(r.out().contains("4 files: 3 linted, 1 not a model (skipped)"), r.out()); // expected.txt is no model
    }

    @Test
    void jsonSarifAndJunitCarryThePlace() throws Exception {
        JsonNode json = JSON.readTree(CliTest.run("lint", "--format", "json", PROJECT).out());
        assertEquals(PLACE, json.get("findings").get(0).get("path").asText());
        JsonNode sarif = JSON.readTree(CliTest.run("lint", "--format", "sarif", PROJECT).out());
        JsonNode location = sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertEquals(PROJECT + "/models/net.py", location.get("artifactLocation").get("uri").asText());
        assertEquals(16, location.get("region").get("startLine").asInt());
        assertEquals(16, location.get("region").get("startColumn").asInt());
        assertTrue(CliTest.run("lint", "--format", "junit", PROJECT).out().contains("probabilities-to-logits-loss " + PLACE));
    }

    @Test
    void sarifRelatesTheOtherEndsOfTheFlowAndGithubAndJunitNameBoth() throws Exception {
        JsonNode result = JSON.readTree(CliTest.run("lint", "--format", "sarif", PROJECT).out()).at("/runs/0/results/0");
        JsonNode related = result.get("relatedLocations");
        assertEquals(2, related.size(), result.toString());
        // the loss built in main() (criterion = nn.CrossEntropyLoss(), line 18) and called in train() (criterion(outputs, y), line 11)
        assertEquals(1, related.get(0).get("id").asInt());
        assertEquals(PROJECT + "/train.py", related.get(0).at("/physicalLocation/artifactLocation/uri").asText());
        assertEquals(18, related.get(0).at("/physicalLocation/region/startLine").asInt());
        assertEquals(17, related.get(0).at("/physicalLocation/region/startColumn").asInt());
        assertEquals("the loss is built here", related.get(0).at("/message/text").asText());
        assertEquals(PROJECT + "/train.py", related.get(1).at("/physicalLocation/artifactLocation/uri").asText());
        assertEquals(11, related.get(1).at("/physicalLocation/region/startLine").asInt());
        assertEquals("the loss is called here", related.get(1).at("/message/text").asText());
        // one place per annotation or test case: the other end is named in the message
        String github = CliTest.run("lint", "--format", "github", PROJECT).out();
        assertTrue(github.contains("file=" + PROJECT + "/models/net.py,line=16,col=16") && github.contains("train.py:18:17"), github);
        String junit = CliTest.run("lint", "--format", "junit", PROJECT).out();
        assertTrue(junit.contains(PLACE) && junit.contains("train.py:18:17"), junit);
    }

    @Test
    void aFlowKnownOnOneCallPathRelatesTheCallThatTakesIt() throws Exception {
        // fit(net, ...) in lesson2_dense.py line 16 runs the helper's loss on the net whose LogSoftmax(dim=0) is on line 12
        String project = "src/test/resources/python-projects/t27-helper-per-call-logsoftmax-axis";
        JsonNode result = JSON.readTree(CliTest.run("lint", "--format", "sarif", project).out()).at("/runs/0/results/0");
        assertEquals(project + "/lesson2_dense.py", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(12, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode entry = result.get("relatedLocations").get(result.get("relatedLocations").size() - 1);
        assertEquals("the function holding the loss is called here", entry.at("/message/text").asText(), result.toString());
        assertEquals(project + "/lesson2_dense.py", entry.at("/physicalLocation/artifactLocation/uri").asText());
        assertEquals(16, entry.at("/physicalLocation/region/startLine").asInt());
        assertTrue(result.at("/message/text").asText().contains("when called from " + project + "/lesson2_dense.py:16:"), result.toString());
    }

    @Test
    void aFolderOfPythonWithoutModelsIsLintedAndClean(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("utils.py"), "import os\n\n\ndef here():\n    return os.getcwd()\n");
        Files.writeString(dir.resolve("data.py"), "import re\nPATTERN = re.compile(r'\\d+')\n");
        CliTest.Run r = CliTest.run("lint", dir.toString());
        assertEquals(Main.CLEAN, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("2 files: 2 linted"), r.out());
    }

    @Test
    void anEmptyMarkerFileInAPackageIsSkippedButANamedEmptyFileIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("py.typed"), "");
        Files.writeString(dir.resolve("__init__.py"), "");
        CliTest.Run search = CliTest.run("lint", dir.toString());
        assertEquals(Main.CLEAN, search.code(), search.out() + search.err());
        assertTrue(search.out().contains("2 files: 1 linted, 1 not a model (skipped)"), search.out());
        assertEquals(Main.BAD_INPUT, CliTest.run("lint", dir.resolve("py.typed").toString()).code());
    }

    @Test
    void unreadableSourcesAreReportedOneLineEachAndNeverCrash(@TempDir Path dir) throws Exception {
        String loss = "import torch.nn as nn\ncriterion = nn.CrossEntropyLoss()\n";
        Files.writeString(dir.resolve("syntax_error.py"), loss + "def broken(:\n    pass\n");
        Files.write(dir.resolve("latin1.py"), (loss + "# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("binary.py"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.writeString(dir.resolve("huge.py"), loss + "X = [" + "1, ".repeat(1_600_000) + "]\n");
        CliTest.Run r = CliTest.run("lint", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("4 files: 0 linted, 4 unreadable"), r.out());
        assertTrue(r.out().contains("not valid Python at 3:"), r.out());
        assertTrue(r.out().contains("not UTF-8"), r.out());
        assertTrue(r.out().contains("binary content"), r.out());
        assertTrue(r.out().contains("too large"), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), r.out() + r.err());
    }

    @Test
    void aNamedFileIsAnalysedWithTheProjectAroundIt() {
        CliTest.Run r = CliTest.run("lint", PROJECT + "/train.py");
        assertEquals(Main.FINDINGS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(PLACE), r.out());
        assertTrue(r.out().contains("1 file: 1 linted"), r.out());
    }
}
