package dev.lossadvisor.engine.python.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.python.semantic.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loss call is followed again in a run per other value of each option its flow reads, and per pair of them; those runs
 * together have a budget of steps, so that a script whose long argparse table every query replays (open_clip's params.py:
 * 140 options, each compared with several values) costs a bounded number of steps per loss call, counted, not timed.
 */
class PinnedRunsTest {

    @Test
    void theRunsWithOptionsPinnedSpendABoundedNumberOfSteps(@TempDir Path dir) throws Exception {
        StringBuilder src = new StringBuilder("import argparse\nimport torch.nn as nn\n\n\ndef parse_args():\n    parser = argparse.ArgumentParser()\n");
        for (int o = 0; o < 4; o++) {
            src.append("    parser.add_argument(\"--opt").append(o).append("\", default=\"v0\", choices=[");
            for (int v = 0; v < 8; v++) src.append(v == 0 ? "" : ", ").append("\"v").append(v).append('"');
            src.append("])\n");
        }
        for (int i = 0; i < 600; i++) src.append("    parser.add_argument(\"--extra-").append(i).append("\", type=int, default=").append(i).append(")\n");
        src.append("    return parser.parse_args()\n\n\n");
        src.append("def width(args):\n    n = args.extra_0\n");
        for (int o = 0; o < 4; o++)
            for (int v = 1; v < 8; v++) src.append("    if args.opt").append(o).append(" == \"v").append(v).append("\":\n        n = args.extra_").append(v).append('\n');
        src.append("    return n\n\n\n");
        src.append("args = parse_args()\nmodel = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))\n");
        src.append("criterion = nn.CrossEntropyLoss(ignore_index=width(args))\nfor x, y in []:\n    loss = criterion(model(x), y)\n");
        Path script = dir.resolve("train.py");
        Files.writeString(script, src.toString());

        Project project = new Project(dir, List.of(script), Path::toString, Map.of());
        project.keepAround(LossFlows::lossCalls);
        project.load(script);
        LossFlows flows = new LossFlows(project, f -> {});
        List<LossFlows.Found> found = flows.find(List.of(script));
        assertEquals(1, found.size(), "the softmax into CrossEntropyLoss, in the default run and every pinned one alike");
        // 4 options x 7 other values + 16 pairs = 44 pinned runs, each replaying the 604 options' table: about 91,000
        // steps here, under the runs' budget of 200,000, which with its overshoot of one run this stays below
        long spent = flows.spent();
        assertTrue(spent < 250_000, "steps: " + spent);
    }
}
