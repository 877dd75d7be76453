package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The confirm jar's command line: the lint CLI with 'confirm' added. */
class ConfirmCliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new ConfirmCommand());
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void confirmPrintsJsonAndProgress() throws Exception {
        Run r = run("confirm", "--task", "multilabel", "--seeds", "1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("confirmed", report.get("verdict").asText());
        assertEquals(5, report.get("candidates").get(0).get("meanLossCurve").size());
        assertTrue(r.err().contains(", seed 1: 5 epochs, final loss "), "plain progress lines off a terminal: " + r.err());
        Run bad = run("confirm", "--task", "clustering");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: /task: confirm has no synthetic task 'clustering'"), bad.err());
    }

    @Test
    void theConfirmJarLintsToo() {
        assertEquals(0, run("lint", System.getProperty("samples.dir", "../samples") + "/mse-for-classification/good.json").code());
    }
}
