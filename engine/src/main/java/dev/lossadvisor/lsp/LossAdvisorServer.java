package dev.lossadvisor.lsp;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.fix.CellFixes;
import dev.lossadvisor.engine.fix.Fix;
import dev.lossadvisor.engine.fix.Fixer;
import dev.lossadvisor.engine.fix.Fixes;
import dev.lossadvisor.engine.fix.LineEdit;
import dev.lossadvisor.engine.report.RuleDocs;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeNotebookDocumentParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseNotebookDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveNotebookDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.NotebookCellArrayChange;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCellStructure;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCellTextContent;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCells;
import org.eclipse.lsp4j.NotebookDocumentFilter;
import org.eclipse.lsp4j.NotebookDocumentSyncRegistrationOptions;
import org.eclipse.lsp4j.NotebookSelector;
import org.eclipse.lsp4j.NotebookSelectorCell;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.NotebookDocumentService;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * 'loss-advisor server': the Language Server Protocol over stdio. Lints the workspace's Python files and model
 * descriptions as the editor opens and changes them, publishes diagnostics for every file a finding names (the
 * other end of a flow as related information), answers hovers with the rule's doc and offers the fixes and a
 * suppression comment as code actions. Lints run one at a time on their own thread; edits that arrive meanwhile are
 * folded into the next run.
 */
public final class LossAdvisorServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
    public static final String SOURCE = "loss-advisor";

    private final LossAdvisor advisor;
    private final ExecutorService linter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "loss-advisor-lint");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private LanguageClient client;
    private volatile Workspace workspace;
    private String docs;
    private Map<String, List<Problem>> problems = Map.of();
    private final Set<String> published = new HashSet<>();
    private int exitCode = 1;

    public LossAdvisorServer(LossAdvisor advisor) {
        this.advisor = advisor;
    }

    /** Serves one client on the streams until it exits; returns the exit code (0 after shutdown, as LSP asks). */
    public static int run(LossAdvisor advisor, InputStream in, OutputStream out) throws Exception {
        LossAdvisorServer server = new LossAdvisorServer(advisor);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        launcher.startListening().get();
        return server.exitCode;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        String uri = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty() ? params.getWorkspaceFolders().get(0).getUri()
                : params.getRootUri();
        Path root = uri != null ? Path.of(URI.create(uri)) : Path.of("").toAbsolutePath();
        docs = ruleDocs(params.getInitializationOptions());
        return CompletableFuture.supplyAsync(() -> {
            workspace = new Workspace(advisor, root);
            ServerCapabilities caps = new ServerCapabilities();
            TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
            sync.setOpenClose(true);
            sync.setChange(TextDocumentSyncKind.Full);
            sync.setSave(new SaveOptions(true));
            caps.setTextDocumentSync(sync);
            // notebooks open as notebook documents: their Python cells synchronised as text documents of their own
            NotebookSelector notebooks = new NotebookSelector();
            NotebookDocumentFilter ipynb = new NotebookDocumentFilter();
            ipynb.setPattern("**/*.ipynb");
            notebooks.setNotebook(ipynb);
            notebooks.setCells(List.of(new NotebookSelectorCell("python")));
            caps.setNotebookDocumentSync(new NotebookDocumentSyncRegistrationOptions(List.of(notebooks)));
            caps.setHoverProvider(true);
            caps.setCodeActionProvider(true);
            return new InitializeResult(caps, new ServerInfo(SOURCE, "0.1.0"));
        }, linter);
    }

    @Override
    public void initialized(InitializedParams params) {
        schedule();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        exitCode = 0;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        linter.shutdownNow();
        System.exit(exitCode);
    }

    @Override
    public NotebookDocumentService getNotebookDocumentService() {
        return notebooks;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        edit(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (params.getContentChanges().isEmpty()) return;
        edit(params.getTextDocument().getUri(), params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        onLinter(() -> {
            String key = key(params.getTextDocument().getUri());
            if (key == null) return;
            if (params.getText() != null) workspace.put(key, params.getText());
            workspace.reload(key);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        onLinter(() -> {
            String key = key(params.getTextDocument().getUri());
            if (key != null) workspace.close(key);
        });
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        schedule();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        onLinter(() -> {
            for (FileEvent e : params.getChanges()) {
                String key = key(e.getUri());
                if (key != null) workspace.reload(key);
            }
        });
    }

    /** Takes the editor's text on the lint thread (so that a lint sees one consistent project) and lints. */
    private void edit(String uri, String text) {
        onLinter(() -> {
            String key = key(uri);
            if (key != null) workspace.put(key, text);
        });
    }

    /**
     * Notebooks open as notebook documents: the cells kept in order, re-linted as the .ipynb they make on every
     * change; a cell's findings published at the cell's own document.
     */
    private final NotebookDocumentService notebooks = new NotebookDocumentService() {
        @Override
        public void didOpen(DidOpenNotebookDocumentParams params) {
            Map<String, String> texts = new HashMap<>();
            for (TextDocumentItem cell : params.getCellTextDocuments()) texts.put(cell.getUri(), cell.getText());
            onLinter(() -> {
                String key = key(params.getNotebookDocument().getUri());
                if (key != null) workspace.putNotebook(key, new OpenNotebook(params.getNotebookDocument().getCells(), texts));
            });
        }

        @Override
        public void didChange(DidChangeNotebookDocumentParams params) {
            NotebookDocumentChangeEventCells change = params.getChange().getCells();
            if (change == null) return; // the notebook's metadata only
            onLinter(() -> {
                String key = key(params.getNotebookDocument().getUri());
                OpenNotebook nb = key == null ? null : workspace.notebook(key);
                if (nb == null) return;
                NotebookDocumentChangeEventCellStructure structure = change.getStructure();
                if (structure != null) {
                    Map<String, String> texts = new HashMap<>();
                    if (structure.getDidOpen() != null) structure.getDidOpen().forEach(c -> texts.put(c.getUri(), c.getText()));
                    NotebookCellArrayChange array = structure.getArray();
                    nb.replace(array.getStart(), array.getDeleteCount(), array.getCells(), texts);
                }
                if (change.getTextContent() != null) {
                    for (NotebookDocumentChangeEventCellTextContent t : change.getTextContent()) {
                        List<TextDocumentContentChangeEvent> edits = t.getChanges();
                        if (!edits.isEmpty()) nb.text(t.getDocument().getUri(), edits.get(edits.size() - 1).getText());
                    }
                }
                workspace.putNotebook(key, nb);
            });
        }

        @Override
        public void didSave(DidSaveNotebookDocumentParams params) {
            // the cells' texts came with the changes
        }

        @Override
        public void didClose(DidCloseNotebookDocumentParams params) {
            onLinter(() -> {
                String key = key(params.getNotebookDocument().getUri());
                if (key != null) workspace.close(key);
            });
        }
    };

    /** A change made on the lint thread, then a lint: scheduled from there, so that it is queued behind the change. */
    private void onLinter(Runnable change) {
        linter.execute(() -> {
            change.run();
            schedule();
        });
    }

    /** One lint after the changes made so far; a lint already waiting (queued behind them) covers the new change too. */
    private void schedule() {
        if (!queued.compareAndSet(false, true)) return;
        linter.execute(() -> {
            queued.set(false);
            lintAndPublish();
        });
    }

    private void lintAndPublish() {
        Workspace w = workspace;
        if (w == null || client == null) return;
        Map<String, List<Problem>> now;
        try {
            now = w.lint();
        } catch (RuntimeException e) {
            // a lint that fails keeps the editor working: say so once, keep the last diagnostics
            client.logMessage(new org.eclipse.lsp4j.MessageParams(org.eclipse.lsp4j.MessageType.Error, "loss-advisor: lint failed: " + e));
            return;
        }
        problems = now;
        Set<String> files = new HashSet<>(published);
        files.addAll(now.keySet());
        published.clear();
        for (String f : files) {
            List<Diagnostic> list = now.getOrDefault(f, List.of()).stream().map(this::diagnostic).toList();
            client.publishDiagnostics(new PublishDiagnosticsParams(uri(f), list));
            if (!list.isEmpty()) published.add(f);
        }
    }

    private Diagnostic diagnostic(Problem p) {
        Diagnostic d = new Diagnostic(new Range(new Position(p.line(), p.column()), new Position(p.line(), p.end())),
                p.finding().message() + (p.finding().fix() == null ? "" : "\nfix: " + p.finding().fix()), severity(p.finding().severity()), SOURCE,
                p.finding().code());
        if (docs != null && advisor.rule(p.finding().rule()).isPresent()) {
            d.setCodeDescription(new DiagnosticCodeDescription(docs + p.finding().rule() + ".md"));
        }
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Problem.Related r : p.related()) {
            Position at = new Position(r.line(), r.column());
            related.add(new DiagnosticRelatedInformation(new Location(uri(r.file()), new Range(at, at)), r.what()));
        }
        if (!related.isEmpty()) d.setRelatedInformation(related);
        d.setData(p.finding().rule());
        return d;
    }

    private static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<RuleInfo> rule = at(key(params.getTextDocument().getUri()), params.getPosition().getLine(), params.getPosition().getCharacter())
                    .stream().map(p -> advisor.rule(p.finding().rule())).flatMap(Optional::stream).findFirst();
            return rule.map(r -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, RuleDocs.markdown(r)))).orElse(null);
        }, linter);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String file = key(params.getTextDocument().getUri());
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            Map<String, String> texts = workspace.pythonTexts();
            // a notebook's cell: the fixes computed on the notebook's module, its edits on the cell's own lines
            boolean cell = workspace.isCell(file);
            int from = params.getRange().getStart().getLine();
            int to = params.getRange().getEnd().getLine();
            for (Problem p : problems.getOrDefault(file, List.of())) {
                if (p.line() < from || p.line() > to || p.description() == null || !cell && !texts.containsKey(file)) continue;
                Fixer fixer = null;
                for (Fix fix : cell ? CellFixes.of(p.finding(), p.description(), texts) : Fixes.of(p.finding(), p.description(), texts)) {
                    if (fixer == null) fixer = new Fixer(advisor, dev.lossadvisor.engine.LintPolicy.defaults(advisor));
                    Map<String, String> fixed = workspace.fixed(fix);
                    if (fixed == null || !Fixer.verified(fixer.lint(texts), fixer.lint(fixed), fix.rule())) continue;
                    out.add(Either.forRight(action(fix, fix.safe() ? fix.title() : fix.title() + " (unsafe: the probabilities may be used elsewhere)",
                            fix.safe(), p)));
                }
                (cell ? CellFixes.suppress(p.finding(), texts) : Fixes.suppress(p.finding(), texts))
                        .ifPresent(s -> out.add(Either.forRight(action(s, s.title(), false, p))));
            }
            return out;
        }, linter);
    }

    private CodeAction action(Fix fix, String title, boolean preferred, Problem p) {
        Map<String, List<TextEdit>> changes = new HashMap<>();
        for (LineEdit e : fix.edits()) {
            int line = e.line() - 1;
            TextEdit t = e.after() == null ? new TextEdit(new Range(new Position(line, 0), new Position(line + 1, 0)), "")
                    : new TextEdit(new Range(new Position(line, 0), new Position(line, e.before().length())), e.after());
            changes.computeIfAbsent(uri(e.file()), k -> new ArrayList<>()).add(t);
        }
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(diagnostic(p)));
        a.setEdit(new WorkspaceEdit(changes));
        a.setIsPreferred(preferred);
        return a;
    }

    /** The problems of a file whose range holds the position. */
    private List<Problem> at(String file, int line, int character) {
        return problems.getOrDefault(file, List.of()).stream()
                .filter(p -> p.line() == line && character >= p.column() && character <= p.end()).toList();
    }

    private String key(String uri) {
        return workspace.key(uri);
    }

    private String uri(String key) {
        return workspace.uri(key);
    }

    /** Where rule docs link to: the client's "ruleDocs" option, else the docs/rules folder of the checkout this runs from. */
    private static String ruleDocs(Object options) {
        if (options instanceof com.google.gson.JsonObject o && o.has("ruleDocs")) {
            String base = o.get("ruleDocs").getAsString();
            return base.endsWith("/") ? base : base + "/";
        }
        try {
            Path code = Path.of(LossAdvisorServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path docs = code.getParent().getParent().getParent().resolve("docs/rules");
            return Files.isDirectory(docs) ? docs.toUri().toString() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
