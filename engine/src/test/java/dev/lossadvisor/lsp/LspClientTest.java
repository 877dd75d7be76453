package dev.lossadvisor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'loss-advisor server' driven as an editor drives it: a separate process, spoken to in JSON-RPC over its stdin and
 * stdout (Content-Length framing, written here with Jackson, no LSP library), on a project of 62 files with a
 * cross-file double softmax.
 */
class LspClientTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path CASE = Path.of("src/test/resources/fixes/double-softmax-cross-file");

    @TempDir
    Path project;

    @Test
    void theFindingArrivesClearsWhenFixedAndReturnsWhenUndone() throws Exception {
        writeProject(project);
        Path model = project.resolve("model.py");
        String bad = Files.readString(model);
        String good = bad.replace("return self.softmax(x)", "return x");
        try (Client c = new Client(project)) {
            JsonNode init = c.initialize(project);
            assertTrue(init.at("/capabilities/hoverProvider").asBoolean(), init.toString());
            String uri = model.toUri().toString();
            c.notify("textDocument/didOpen", Map.of("textDocument", Map.of("uri", uri, "languageId", "python", "version", 1, "text", bad)));
            JsonNode diags = c.diagnostics(uri, d -> d.size() > 0);
            JsonNode d = diags.get(0);
            assertEquals("LA007", d.get("code").asText(), d.toString());
            assertEquals("loss-advisor", d.get("source").asText());
            assertEquals(1, d.get("severity").asInt(), "error");
            assertEquals(17, d.at("/range/start/line").asInt(), "return self.softmax(x) on line 18");
            assertTrue(d.at("/relatedInformation/0/location/uri").asText().endsWith("/train.py"), d.toString());
            assertTrue(d.at("/codeDescription/href").asText().endsWith("probabilities-to-logits-loss.md"), d.toString());

            JsonNode hover = c.request("textDocument/hover", Map.of("textDocument", Map.of("uri", uri), "position", d.at("/range/start")));
            assertTrue(hover.at("/contents/value").asText().contains("probabilities-to-logits-loss"), hover.toString());
            JsonNode actions = c.request("textDocument/codeAction", Map.of("textDocument", Map.of("uri", uri), "range", d.get("range"),
                    "context", Map.of("diagnostics", List.of(d))));
            List<String> titles = new ArrayList<>();
            actions.forEach(a -> titles.add(a.get("title").asText()));
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("Remove the final softmax")), titles.toString());
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("Suppress")), titles.toString());
            JsonNode fix = actions.get(0).at("/edit/changes/" + uri.replace("~", "~0").replace("/", "~1"));
            assertEquals("        return x", fix.at("/0/newText").asText(), actions.toString());

            List<Long> millis = new ArrayList<>();
            for (int version = 2; version < 12; version++) {
                boolean fixed = version % 2 == 0;
                long t0 = System.nanoTime();
                c.notify("textDocument/didChange", Map.of("textDocument", Map.of("uri", uri, "version", version),
                        "contentChanges", List.of(Map.of("text", fixed ? good : bad))));
                c.diagnostics(uri, list -> fixed == (list.size() == 0));
                millis.add((System.nanoTime() - t0) / 1_000_000);
            }
            millis.sort(null);
            System.out.println("didChange -> publishDiagnostics on 62 files: median " + millis.get(millis.size() / 2) + " ms " + millis);

            c.request("shutdown", null);
            c.notify("exit", null);
            assertTrue(c.process.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, c.process.exitValue());
        }
    }

    /** A whole flow in one piece of code: a model ending in softmax fed to CrossEntropyLoss (LA007 at the nn.Softmax). */
    static final String FLOW = """
            import torch
            from torch import nn

            net = nn.Sequential(nn.Linear(20, 4), nn.Softmax(dim=1))
            criterion = nn.CrossEntropyLoss()
            x, y = torch.randn(8, 20), torch.randint(0, 4, (8,))
            loss = criterion(net(x), y)
            """;

    @Test
    void aNotebookIsLintedFromItsFileAndInItsCellsWhileTheEditorHoldsItOpen() throws Exception {
        Path nbFile = project.resolve("explore.ipynb");
        List<Map<String, Object>> cells = List.of(Map.of("cell_type", "markdown", "metadata", Map.of(), "source", List.of("# Training\n")),
                Map.of("cell_type", "code", "metadata", Map.of(), "outputs", List.of(), "execution_count", 1, "source", FLOW.lines().map(l -> l + "\n").toList()));
        Files.writeString(nbFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("nbformat", 4, "nbformat_minor", 5, "metadata", Map.of(),
                "cells", cells)));
        String nbUri = nbFile.toUri().toString();
        String markdown = "vscode-notebook-cell:" + nbFile + "#W0";
        String code = "vscode-notebook-cell:" + nbFile + "#W1";
        try (Client c = new Client(project)) {
            JsonNode init = c.initialize(project);
            assertEquals("python", init.at("/capabilities/notebookDocumentSync/notebookSelector/0/cells/0/language").asText(), init.toString());
            // on disk, not open: at the line and column of the cell's text in the .ipynb, as a viewer of the raw file shows it
            JsonNode onDisk = c.diagnostics(nbUri, d -> d.size() > 0).get(0);
            assertEquals("LA007", onDisk.get("code").asText());
            String jsonLine = Files.readAllLines(nbFile).get(onDisk.at("/range/start/line").asInt());
            assertTrue(jsonLine.substring(onDisk.at("/range/start/character").asInt()).startsWith("nn.Softmax(dim=1)"), jsonLine + " " + onDisk);

            // opened as a notebook: in the code cell's own document, at the cell's line and column
            int opened = c.seen().size();
            c.notify("notebookDocument/didOpen", Map.of("notebookDocument", Map.of("uri", nbUri, "notebookType", "jupyter-notebook", "version", 1,
                    "cells", List.of(Map.of("kind", 1, "document", markdown), Map.of("kind", 2, "document", code))),
                    "cellTextDocuments", List.of(Map.of("uri", markdown, "languageId", "markdown", "version", 1, "text", "# Training\n"),
                            Map.of("uri", code, "languageId", "python", "version", 1, "text", FLOW))));
            JsonNode inCell = c.publishedSince(opened, code, d -> d.size() > 0).get(0);
            assertEquals(3, inCell.at("/range/start/line").asInt(), inCell.toString());
            assertEquals(FLOW.lines().toList().get(3).indexOf("nn.Softmax"), inCell.at("/range/start/character").asInt(), inCell.toString());
            assertEquals(code, inCell.at("/relatedInformation/0/location/uri").asText(), inCell.toString());
            assertEquals(4, inCell.at("/relatedInformation/0/location/range/start/line").asInt(), "the loss built on the cell's line 5");
            c.publishedSince(opened, nbUri, d -> d.size() == 0); // no longer shown in the raw file

            // the cell edited to logits: the finding clears
            String fixed = FLOW.replace(", nn.Softmax(dim=1)", "");
            c.notify("notebookDocument/didChange", Map.of("notebookDocument", Map.of("uri", nbUri, "version", 2), "change", Map.of("cells",
                    Map.of("textContent", List.of(Map.of("document", Map.of("uri", code, "version", 2), "changes", List.of(Map.of("text", fixed))))))));
            c.diagnostics(code, d -> d.size() == 0);

            // a new code cell with the flow inserted first: its finding in its own document, the others keep theirs
            String added = "vscode-notebook-cell:" + nbFile + "#W2";
            c.notify("notebookDocument/didChange", Map.of("notebookDocument", Map.of("uri", nbUri, "version", 3), "change", Map.of("cells",
                    Map.of("structure", Map.of("array", Map.of("start", 0, "deleteCount", 0, "cells", List.of(Map.of("kind", 2, "document", added))),
                            "didOpen", List.of(Map.of("uri", added, "languageId", "python", "version", 1, "text", FLOW)))))));
            assertEquals(3, c.diagnostics(added, d -> d.size() > 0).get(0).at("/range/start/line").asInt());

            // moved to the end (all cells listed again, their documents left open): each keeps its text
            int moved = c.seen().size();
            c.notify("notebookDocument/didChange", Map.of("notebookDocument", Map.of("uri", nbUri, "version", 4), "change", Map.of("cells",
                    Map.of("structure", Map.of("array", Map.of("start", 0, "deleteCount", 3, "cells", List.of(Map.of("kind", 1, "document", markdown),
                            Map.of("kind", 2, "document", code), Map.of("kind", 2, "document", added))))))));
            c.publishedSince(moved, added, d -> d.size() > 0);

            int closed = c.seen().size();
            c.notify("notebookDocument/didClose", Map.of("notebookDocument", Map.of("uri", nbUri),
                    "cellTextDocuments", List.of(Map.of("uri", added), Map.of("uri", markdown), Map.of("uri", code))));
            c.publishedSince(closed, added, d -> d.size() == 0);
            c.publishedSince(closed, nbUri, d -> d.size() > 0); // back to the file on disk
        }
    }

    /** A notebook's cells: the imports, the model, and a training loop that applies softmax before CrossEntropyLoss. */
    static final List<String> NOTEBOOK = List.of("# Fine-tune the classifier\n", """
            import torch
            import torch.nn.functional as F
            from torch import nn
            """, """
            model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4))
            criterion = nn.CrossEntropyLoss()
            optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
            """, """
            for step in range(100):
                x, y = torch.randn(32, 20), torch.randint(0, 4, (32,))
                optimizer.zero_grad()
                probs = F.softmax(model(x), dim=1)
                loss = criterion(probs, y)
                loss.backward()
                optimizer.step()
            """);
    /** A later cell of the look-alike notebook reads the probabilities: removing the softmax would change what it prints. */
    static final String READS_PROBS = """
            confident = (probs.max(dim=1).values > 0.9).float().mean()
            print(f"last loss {loss.item():.4f}, confident {confident:.2f}")
            """;

    @Test
    void aCellsCodeActionsFixItInTheCellsOwnTextAndAreUnsafeWhenAnotherCellReadsTheProbabilities() throws Exception {
        List<String> lookAlike = new ArrayList<>(NOTEBOOK);
        lookAlike.add(READS_PROBS);
        String train = openNotebook(project, "train.ipynb", NOTEBOOK);
        String probe = openNotebook(project, "probe.ipynb", lookAlike);
        try (Client c = new Client(project)) {
            c.initialize(project);
            for (String nb : List.of(train, probe)) {
                List<String> texts = nb.equals(train) ? NOTEBOOK : lookAlike;
                List<Map<String, Object>> cells = new ArrayList<>();
                List<Map<String, Object>> docs = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    cells.add(Map.of("kind", i == 0 ? 1 : 2, "document", cellUri(nb, i)));
                    docs.add(Map.of("uri", cellUri(nb, i), "languageId", i == 0 ? "markdown" : "python", "version", 1, "text", texts.get(i)));
                }
                c.notify("notebookDocument/didOpen", Map.of("notebookDocument", Map.of("uri", nb, "notebookType", "jupyter-notebook", "version", 1,
                        "cells", cells), "cellTextDocuments", docs));
            }
            String loop = cellUri(train, 3);
            JsonNode d = c.publishedSince(0, loop, l -> l.size() > 0).get(0);
            assertEquals("LA007", d.get("code").asText(), d.toString());
            assertEquals(3, d.at("/range/start/line").asInt(), "F.softmax on the cell's 4th line");

            JsonNode actions = c.request("textDocument/codeAction", Map.of("textDocument", Map.of("uri", loop), "range", d.get("range"),
                    "context", Map.of("diagnostics", List.of(d))));
            JsonNode fix = action(actions, "Remove the final softmax");
            assertTrue(fix.path("isPreferred").asBoolean(), fix.toString());
            String fixed = applied(NOTEBOOK.get(3), fix.at("/edit/changes").get(loop));
            assertEquals(NOTEBOOK.get(3).replace("F.softmax(model(x), dim=1)", "model(x)"), fixed, actions.toString());
            assertEquals(1, fix.at("/edit/changes").size(), "only the cell changes: " + fix);
            String suppressed = applied(NOTEBOOK.get(3), action(actions, "Suppress").at("/edit/changes").get(loop));
            assertTrue(suppressed.lines().toList().get(3).endsWith("dim=1)  # loss-advisor: ignore[probabilities-to-logits-loss]"), suppressed);

            // the editor applies the fix: the cell's text changes and the finding clears
            int mark = c.seen().size();
            c.notify("notebookDocument/didChange", Map.of("notebookDocument", Map.of("uri", train, "version", 2), "change", Map.of("cells",
                    Map.of("textContent", List.of(Map.of("document", Map.of("uri", loop, "version", 2), "changes", List.of(Map.of("text", fixed))))))));
            c.publishedSince(mark, loop, l -> l.size() == 0);

            // the look-alike: its probabilities are read in the next cell, so no fix is offered as safe
            String probeLoop = cellUri(probe, 3);
            JsonNode pd = c.publishedSince(0, probeLoop, l -> l.size() > 0).get(0);
            JsonNode probeActions = c.request("textDocument/codeAction", Map.of("textDocument", Map.of("uri", probeLoop), "range", pd.get("range"),
                    "context", Map.of("diagnostics", List.of(pd))));
            for (JsonNode a : probeActions) {
                boolean suppression = a.get("title").asText().startsWith("Suppress");
                assertTrue(suppression || a.get("title").asText().contains("unsafe") && !a.path("isPreferred").asBoolean(), probeActions.toString());
            }
            action(probeActions, "Suppress");
        }
    }

    /** A notebook written to the project (as the editor would find it on disk); its URI. */
    static String openNotebook(Path dir, String name, List<String> texts) throws IOException {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> source = texts.get(i).lines().map(l -> l + "\n").toList();
            cells.add(i == 0 ? Map.of("cell_type", "markdown", "metadata", Map.of(), "source", source)
                    : Map.of("cell_type", "code", "metadata", Map.of(), "outputs", List.of(), "execution_count", i, "source", source));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writeValueAsString(Map.of("nbformat", 4, "nbformat_minor", 5, "metadata", Map.of(), "cells", cells)));
        return file.toUri().toString();
    }

    /** The URI VS Code gives cell {@code i} of a notebook. */
    static String cellUri(String notebook, int i) {
        return "vscode-notebook-cell:" + notebook.substring("file://".length()) + "#W" + i;
    }

    /** The code action whose title starts so. */
    static JsonNode action(JsonNode actions, String title) {
        for (JsonNode a : actions) if (a.get("title").asText().startsWith(title)) return a;
        throw new AssertionError("no action '" + title + "…' in " + actions);
    }

    /** A text with LSP TextEdits made, as an editor makes them: ranges in the original text, applied from the last. */
    static String applied(String text, JsonNode edits) {
        List<JsonNode> list = new ArrayList<>();
        edits.forEach(list::add);
        list.sort((a, b) -> Integer.compare(offset(text, b.at("/range/start")), offset(text, a.at("/range/start"))));
        StringBuilder out = new StringBuilder(text);
        for (JsonNode e : list) out.replace(offset(text, e.at("/range/start")), offset(text, e.at("/range/end")), e.get("newText").asText());
        return out.toString();
    }

    private static int offset(String text, JsonNode position) {
        int at = 0;
        for (int line = 0; line < position.get("line").asInt() && at < text.length(); line++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        return Math.min(text.length(), at + position.get("character").asInt());
    }

    @Test
    void theProjectsExcludesPerFileIgnoresAndGitignoreApplyAsRuffsServerAppliesThem() throws Exception {
        writeProject(project);
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve("pyproject.toml"), """
                [tool.loss-advisor]
                extend-exclude = ["vendor/"]

                [tool.loss-advisor.per-file-ignores]
                "experiments/*" = ["LA007"]
                """);
        Files.writeString(project.resolve(".gitignore"), "scratch/\n");
        for (String dir : List.of("vendor", "experiments", "scratch")) {
            Files.createDirectories(project.resolve(dir));
            Files.writeString(project.resolve(dir + "/flow.py"), FLOW);
        }
        try (Client c = new Client(project)) {
            c.initialize(project);
            c.diagnostics(project.resolve("model.py").toUri().toString(), d -> d.size() > 0);
            // excluded: no diagnostics even when opened (ruff's server matches exclude and extend-exclude on every document)
            c.notify("textDocument/didOpen", Map.of("textDocument", Map.of("uri", project.resolve("vendor/flow.py").toUri().toString(),
                    "languageId", "python", "version", 1, "text", FLOW)));
            c.notify("textDocument/didOpen", Map.of("textDocument", Map.of("uri", project.resolve("experiments/flow.py").toUri().toString(),
                    "languageId", "python", "version", 1, "text", FLOW)));
            // hidden by .gitignore: not searched, but linted once the editor opens it
            String scratch = project.resolve("scratch/flow.py").toUri().toString();
            c.notify("textDocument/didOpen", Map.of("textDocument", Map.of("uri", scratch, "languageId", "python", "version", 1, "text", FLOW)));
            assertEquals("LA007", c.diagnostics(scratch, d -> d.size() > 0).get(0).get("code").asText());
            for (JsonNode m : c.seen()) {
                String uri = m.at("/params/uri").asText();
                assertTrue(!uri.contains("/vendor/") && !uri.contains("/experiments/") || m.at("/params/diagnostics").size() == 0, m.toString());
            }
            // the config saved without the exclude: the vendored file is linted too
            Files.writeString(project.resolve("pyproject.toml"), "[tool.loss-advisor]\nignore = []\n");
            c.notify("textDocument/didSave", Map.of("textDocument", Map.of("uri", project.resolve("pyproject.toml").toUri().toString())));
            c.publishedSince(0, project.resolve("vendor/flow.py").toUri().toString(), d -> d.size() > 0);
            c.publishedSince(0, project.resolve("experiments/flow.py").toUri().toString(), d -> d.size() > 0);
        }
    }

    /** The fix case's project, plus the modules a real repository has around it: 62 Python files. */
    static void writeProject(Path root) throws IOException {
        try (Stream<Path> s = Files.list(CASE)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).toList()) Files.copy(p, root.resolve(p.getFileName()));
        }
        Files.createDirectories(root.resolve("utils"));
        Files.writeString(root.resolve("utils/__init__.py"), "");
        for (int i = 0; i < 58; i++) {
            Files.writeString(root.resolve(String.format("utils/helpers_%02d.py", i)), String.format("""
                    import math
                    import random


                    def warmup_lr(step, base=0.1, warmup=%d):
                        \"\"\"Linear warm-up, then cosine decay.\"\"\"
                        if step < warmup:
                            return base * (step + 1) / warmup
                        return 0.5 * base * (1 + math.cos(math.pi * (step - warmup) / 1000))


                    class Meter:
                        def __init__(self):
                            self.total = 0.0
                            self.count = 0

                        def update(self, value, n=1):
                            self.total += value * n
                            self.count += n

                        @property
                        def mean(self):
                            return self.total / max(self.count, 1)


                    def shuffled(items, seed=%d):
                        items = list(items)
                        random.Random(seed).shuffle(items)
                        return items
                    """, 10 + i, i));
        }
    }

    /** A JSON-RPC client over a server process's stdio. */
    static final class Client implements AutoCloseable {
        final Process process;
        private final OutputStream in;
        private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final List<JsonNode> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        private int ids;

        Client(Path dir) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.lossadvisor.cli.Main", "server")
                    .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = process.getOutputStream();
            Thread reader = new Thread(() -> read(process.getInputStream()), "lsp-client-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream out) {
            try {
                while (true) {
                    int length = -1;
                    String header;
                    while (!(header = line(out)).isEmpty()) {
                        if (header.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(header.substring(15).trim());
                    }
                    JsonNode m = JSON.readTree(out.readNBytes(length));
                    seen.add(m);
                    received.add(m);
                }
            } catch (IOException | RuntimeException e) {
                // the server exited
            }
        }

        private static String line(InputStream s) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = s.read()) != '\n') {
                if (c < 0) throw new IOException("end of stream");
                if (c != '\r') b.write(c);
            }
            return b.toString(StandardCharsets.US_ASCII);
        }

        /**
         * The first diagnostics published for {@code uri} since message {@code mark} (a count of {@link #seen()}) that
         * {@code wanted} accepts, in whatever order the server published that run's files.
         */
        JsonNode publishedSince(int mark, String uri, Predicate<JsonNode> wanted) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until) {
                List<JsonNode> all = seen();
                for (JsonNode m : all.subList(Math.min(mark, all.size()), all.size())) {
                    if ("textDocument/publishDiagnostics".equals(m.path("method").asText()) && uri.equals(m.at("/params/uri").asText())
                            && wanted.test(m.at("/params/diagnostics"))) return m.at("/params/diagnostics");
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no diagnostics for " + uri + " within 60 s");
        }

        /** Every message the server sent so far. */
        List<JsonNode> seen() {
            synchronized (seen) {
                return List.copyOf(seen);
            }
        }

        /** initialize and initialized for a project folder; the server's capabilities. */
        JsonNode initialize(Path root) throws Exception {
            JsonNode init = request("initialize", Map.of("processId", ProcessHandle.current().pid(), "rootUri", root.toUri().toString(),
                    "capabilities", Map.of(), "workspaceFolders", List.of(Map.of("uri", root.toUri().toString(), "name", "p"))));
            notify("initialized", Map.of());
            return init;
        }

        void send(ObjectNode message) throws IOException {
            byte[] body = JSON.writeValueAsBytes(message.put("jsonrpc", "2.0"));
            in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            in.write(body);
            in.flush();
        }

        void notify(String method, Object params) throws IOException {
            ObjectNode m = JSON.createObjectNode().put("method", method);
            if (params != null) m.set("params", JSON.valueToTree(params));
            send(m);
        }

        JsonNode request(String method, Object params) throws Exception {
            int id = ++ids;
            ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
            if (params != null) m.set("params", JSON.valueToTree(params));
            send(m);
            JsonNode r = next(x -> x.path("id").asInt(-1) == id && !x.has("method"));
            assertTrue(!r.has("error"), r.toString());
            return r.get("result");
        }

        /** The next diagnostics published for {@code uri} that {@code wanted} accepts. */
        JsonNode diagnostics(String uri, Predicate<JsonNode> wanted) throws Exception {
            return next(x -> "textDocument/publishDiagnostics".equals(x.path("method").asText()) && uri.equals(x.at("/params/uri").asText())
                    && wanted.test(x.at("/params/diagnostics"))).at("/params/diagnostics");
        }

        private JsonNode next(Predicate<JsonNode> wanted) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until) {
                JsonNode m = received.poll(1, TimeUnit.SECONDS);
                if (m != null && wanted.test(m)) return m;
            }
            List<JsonNode> all = seen();
            throw new AssertionError("no such message from the server within 60 s; the last it sent: " + all.subList(Math.max(0, all.size() - 5), all.size()));
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
