package dev.lossadvisor.engine.capture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.input.ModelDescription;
import java.nio.file.Path;

/**
 * One loss call site of a captured run.
 *
 * @param file        the description the capture wrote
 * @param source      the source file of the call site, as the program named it
 * @param description the description, located at the call site and the producing module
 * @param story       what was observed, for the findings' messages
 * @param captured    the "captured" section as written
 */
public record Captured(Path file, String source, ModelDescription description, String story, JsonNode captured) {

    /** Validates the description; each finding says what was observed. */
    public ValidationReport validate(LossAdvisor advisor) {
        ValidationReport r = advisor.validate(description);
        return r.withFindings(r.findings().stream().map(this::told).toList());
    }

    private Finding told(Finding f) {
        return f.withMessage(f.message() + " (" + story + ")");
    }
}
