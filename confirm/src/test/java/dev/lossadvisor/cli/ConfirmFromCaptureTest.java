package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * 'confirm --from': a capture of a real PyTorch run (BCEWithLogitsLoss on labels with 6% positives, written by
 * 'loss-advisor capture' from the zoo script) trains the synthetic task shaped like those labels.
 */
class ConfirmFromCaptureTest {
    @Test
    void aCaptureGivesTheTaskTheLabelShapeAndTheUsersConfiguration() throws Exception {
        ConfirmCliTest.Run r = ConfirmCliTest.run("confirm", "--from", "src/test/resources/capture-imbalanced", "--seeds", "1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("imbalanced-binary", report.get("task").asText());
        assertTrue(r.err().contains("BCEWithLogitsLoss at train.py:48 (the first of 1 call site(s) captured), task imbalanced-binary from its labels; "
                + "positives 6.3% of the labels, as captured"), r.err());
        JsonNode user = report.get("candidates").get(report.get("candidates").size() - 1);
        assertEquals("user", user.get("candidate").get("role").asText());
        // the pos_weight alternative is weighted for the captured share of positives, not the default 2%
        assertTrue(report.toString().contains("\"posWeight\":15.0"), report.toString());
        assertTrue(report.get("explanation").asText().endsWith("one seed is weak evidence: run 3 or more"), report.get("explanation").asText());
        report.get("comparisons").forEach(c -> assertTrue(c.get("outcome").asText().matches("better|tie|worse")));

        ConfirmCliTest.Run none = ConfirmCliTest.run("confirm", "--from", "src/test/resources");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("error: --from: src/test/resources holds no captured loss call with labels"), none.err());
    }
}
