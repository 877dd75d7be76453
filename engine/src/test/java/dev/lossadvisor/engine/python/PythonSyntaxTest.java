package dev.lossadvisor.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.python.syntax.PythonParser;
import dev.lossadvisor.engine.python.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Python 3 as CPython decides it, and inputs built to hurt the parser: each gives a one-line problem with line:column
 * or flows, never a crash, and in bounded time. Non-ASCII text anywhere changes no finding.
 */
class PythonSyntaxTest {
    private static final String SCRIPT = "import torch.nn as nn\n\nhead = nn.Sequential(nn.Linear(8, 3), nn.Softmax(dim=1))\n"
            + "criterion = nn.CrossEntropyLoss()\nfor x, y in []:\n    loss = criterion(head(x), y)\n";

    private static PythonSources.Outcome one(String source) {
        Map<Path, byte[]> m = new LinkedHashMap<>();
        m.put(Path.of("train.py"), source.getBytes(StandardCharsets.UTF_8));
        return PythonSources.analyse(m).get(0);
    }

    /** A file that holds a loss (so it is parsed) and then {@code rest}: its lines come after the script's six. */
    private static void refused(String rest, String where, String why) {
        String source = SCRIPT + rest;
        PythonSources.Outcome o = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(source));
        assertNotNull(o.problem(), "refused: " + why);
        assertTrue(o.problem().contains(where), o.problem());
        assertTrue(o.problem().contains(why), o.problem());
        assertTrue(!o.problem().contains("\n"), o.problem());
    }

    @Test
    void oldMacLineEndsParseAsCPythonDoes() {
        PythonSources.Outcome o = one(SCRIPT.replace('\n', '\r'));
        assertNull(o.problem());
        assertEquals(1, o.descriptions().size());
        assertTrue(o.descriptions().get(0).head().contains("train.py:3:"), o.descriptions().get(0).head());
    }

    /**
     * Python 2 is read as the code it is (print and exec statements, backticks, {@code <>}, {@code except E, e}, tabs of 8
     * columns mixed with spaces as Python 3 refuses), also a tab after spaces, which the parser's scanner counts otherwise
     * than Python (CARE-GNN's model.py: {@code " \t\t"} in a block of {@code "\t\t"}), with the places of what follows
     * it; a second BOM is refused with its place.
     */
    @Test
    void python2AndATabAfterSpacesAreReadAndASecondBomIsRefusedWithItsPlace() {
        String python2 = "print \"epoch %d\" % 3\nprint >>log, `y`, 0777, 10L\nexec \"z = 1\" in {}\nif 1 <> 2:\n        try:\n\t    pass\n"
                + "        except ValueError, e:\n\t    print e\n";
        PythonSources.Outcome o = one(SCRIPT + python2);
        assertNull(o.problem(), o.problem());
        assertEquals(1, o.descriptions().size());
        String tabs = "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n\tdef __init__(self):\n\t\tsuper(Net, self).__init__()\n"
                + " \t\tself.fc = nn.Linear(10, 3)\n\n\tdef forward(self, x):\n \t\treturn torch.softmax(self.fc(x), 1)\n\n\n"
                + "crit = nn.CrossEntropyLoss()\nloss = crit(Net()(torch.randn(4, 10)), torch.tensor([0, 1, 2, 0]))\n";
        PythonSources.Outcome read = one(tabs);
        assertNull(read.problem(), read.problem());
        assertEquals(1, read.descriptions().size());
        assertTrue(read.descriptions().get(0).head().contains("train.py:11:11"), read.descriptions().get(0).head());
        refused("x = 1\n\uFEFFy = 2\n", "8:1", "U+FEFF");
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() {
        refused("x = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "7:205", "nested parentheses");
        // a 200 KB file is parsed around its loss calls: the data statement is blanked, never parsed, and the rest flows
        String deep = SCRIPT + "x = " + "(".repeat(100_000) + ")".repeat(100_000) + "\n";
        PythonSources.Outcome o = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(deep));
        assertTrue(o.problem() != null || o.descriptions().size() == 1, String.valueOf(o.problem()));
        StringBuilder indents = new StringBuilder();
        for (int i = 0; i < 120; i++) indents.append(" ".repeat(i)).append("if x:\n");
        refused(indents + " ".repeat(120) + "pass\n", "108:102", "levels of indentation");
    }

    /**
     * Valid Python (CPython allows 100 levels) that tree-sitter-python misreads: its scanner keeps each indentation in
     * one byte, so 64 blocks of 4 spaces (column 256) read as column 0 and failed "at 1:1"; refused with the place now.
     */
    @Test
    void blocksIndentedPastTheParsersColumnLimitAreRefusedWithTheirPlace() {
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 64; i++) blocks.append("    ".repeat(i)).append("if x:\n");
        refused(blocks + "    ".repeat(64) + "y = 1\n", "71:257", "indented 256 columns");
        refused("if x:\n" + "\t".repeat(32) + "y = 1\n", "8:33", "indented 256 columns");
        PythonSources.Outcome o = one("if x:\n" + " ".repeat(255) + "y = 1\n" + SCRIPT);
        assertNull(o.problem(), o.problem());
        assertEquals(1, o.descriptions().size());
    }

    @Test
    void hugeAndRepetitiveInputsEndQuicklyWithFlowsOrAProblem() {
        String inline = "import torch.nn as nn\n" + "nn.MSELoss()(a, b)\n".repeat(20_000);
        PythonSources.Outcome o = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(inline));
        assertNull(o.problem());
        String longLine = "x = [" + "1, ".repeat(300_000) + "]\n";
        assertNull(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(longLine + SCRIPT)).problem());
        // a list repeated into a huge buffer is not held item by item (it exhausted the heap: rc 3)
        String buffer = "buf = [0] * 1000000000\nlayers = [nn.Linear(4, 4)] * 3\n";
        assertNull(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(SCRIPT + buffer)).problem());
        // an empty list repeated 2e9 times in the flow is empty at once (it looped 2e9 times: 20 s of one core)
        String empty = "import torch\nimport torch.nn as nn\nblocks = [] * 2000000000\nnet = nn.Sequential(*blocks, nn.Linear(8, 3), nn.Softmax(dim=1))\n"
                + "x, y = torch.randn(4, 8), torch.tensor([0, 1, 2, 0])\nloss = nn.CrossEntropyLoss()(net(x), y)\n";
        assertNull(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> one(empty)).problem());
    }

    @Test
    void anInterruptedAnalysisStopsWithACancellation() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        String big = SCRIPT + "def f(model, x, y):\n    return nn.CrossEntropyLoss()(model(x), y)\n".repeat(2_000);
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                one(big);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join(30_000);
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
    }

    @Test
    void unmatchedBracketsAndTooManyTokensAreRefusedBeforeParsing() {
        refused("x = (1]\n", "7:7", "closing parenthesis ']' does not match opening parenthesis '('");
        refused("x = 1)\n", "7:6", "unmatched ')'");
        // the attack that ran the parser into its timeout: brackets opened and closed wrongly, 300,000 times
        refused("criterion = nn.MSELoss(" + "(]".repeat(300_000) + ")\n", "7:25", "does not match");
        String generated = "import torch.nn as nn\n" + "criterion = nn.MSELoss()\n".repeat(70_000);
        PythonSources.Outcome o = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(generated));
        assertTrue(o.problem() != null && o.problem().contains("over 500,000 tokens by line 62501"), String.valueOf(o.problem()));
    }

    /** A parse running when its thread is interrupted (a request's deadline, a client gone) is cancelled, not finished. */
    @Test
    void aParseIsCancelledWhenItsThreadIsInterrupted() throws Exception {
        String big = "import torch.nn as nn\n" + "criterion = nn.MSELoss()\n".repeat(60_000);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<List<String>> next = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                PythonParser.parse(new SourceText("big.py", big), big);
            } catch (Throwable e) {
                thrown.set(e);
            }
            // the parser of this thread is reset: its next parse reads its own text, not the rest of the cancelled one
            Thread.interrupted();
            next.set(PythonParser.parse(new SourceText("train.py", SCRIPT), SCRIPT).calls().stream().map(c -> c.name()).toList());
        });
        t.start();
        while (t.getState() == Thread.State.NEW || !(t.getStackTrace().length > 0
                && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals("parseString")))) {
            if (!t.isAlive()) break;
            Thread.onSpinWait();
        }
        t.interrupt();
        t.join(60_000);
        assertTrue(thrown.get() instanceof CancellationException && "interrupted while parsing".equals(thrown.get().getMessage()),
                String.valueOf(thrown.get()));
        assertEquals(List.of("Sequential", "Linear", "Softmax", "CrossEntropyLoss", "criterion", "head"), next.get());
    }

    /**
     * Non-ASCII text (accents, CJK, emoji, a surrogate escape) at every place of each kind at once, and at three single
     * places drawn per project, in every corpus project: every finding stays, at its moved place. NonAsciiFuzz tries
     * every single place.
     */
    @Test
    void nonAsciiTextChangesNoFinding() throws Exception {
        int seed = 0;
        for (var project : NonAsciiPlaces.corpus().entrySet()) {
            List<PythonSources.Outcome> plain = PythonSources.analyse(project.getValue());
            List<NonAsciiPlaces.Spot> spots = NonAsciiPlaces.spots(project.getValue());
            for (NonAsciiPlaces.Kind kind : NonAsciiPlaces.Kind.values()) {
                List<NonAsciiPlaces.Spot> all = spots.stream().filter(s -> s.kind() == kind).toList();
                NonAsciiPlaces.assertSameFindings(plain, NonAsciiPlaces.insert(project.getValue(), all, seed++), project.getKey() + " " + kind);
            }
            java.util.Random random = new java.util.Random(project.getKey().hashCode());
            for (int i = 0; i < 3 && !spots.isEmpty(); i++) {
                NonAsciiPlaces.Spot one = spots.get(random.nextInt(spots.size()));
                NonAsciiPlaces.assertSameFindings(plain, NonAsciiPlaces.insert(project.getValue(), List.of(one), seed++), project.getKey() + " " + one);
            }
        }
    }
}
