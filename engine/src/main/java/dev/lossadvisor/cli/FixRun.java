package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.fix.Fix;
import dev.lossadvisor.engine.fix.Fixer;
import dev.lossadvisor.engine.fix.UnifiedDiff;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.python.PythonSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 'lint --fix' and '--diff': the Python projects under the paths, fixed in memory, then written or shown as a diff. */
final class FixRun {
    private final Fixer fixer;
    private final boolean unsafe;

    FixRun(LossAdvisor advisor, LintPolicy policy, boolean unsafe) {
        this.fixer = new Fixer(advisor, policy);
        this.unsafe = unsafe;
    }

    /** Fixes each path's project; returns how many files changed (or would, with {@code diffOnly}). */
    int run(List<Path> paths, boolean diffOnly, PrintWriter out, PrintWriter err) {
        int changed = 0;
        int unsafeLeft = 0;
        for (Path p : paths) {
            boolean dir = Files.isDirectory(p);
            if (!dir && !PythonSources.isPython(p)) continue;
            Path root = dir ? p : p.toAbsolutePath().getParent();
            Path shownRoot = dir ? p : p.getParent() == null ? Path.of("") : p.getParent();
            Map<String, String> texts = new LinkedHashMap<>();
            try {
                for (Path f : PythonSources.filesUnder(root)) {
                    String text = utf8(f);
                    if (text != null) texts.put(root.relativize(f).toString(), text);
                }
            } catch (IOException e) {
                throw new InputException("", "cannot read " + p + ": " + e.getMessage(), "check the path");
            }
            Fixer.Result r = fixer.fix(texts, unsafe);
            unsafeLeft += r.unsafe().size();
            for (Fix f : r.applied()) err.println((diffOnly ? "would fix: " : "fixed: ") + f.title() + " (" + f.rule() + ") in "
                    + shownRoot.resolve(f.edits().get(0).file()) + ":" + f.edits().get(0).line());
            for (Map.Entry<String, String> e : r.texts().entrySet()) {
                String before = texts.get(e.getKey());
                if (before.equals(e.getValue())) continue;
                changed++;
                String shown = shownRoot.resolve(e.getKey()).toString();
                if (diffOnly) {
                    out.print(UnifiedDiff.of(shown, before, e.getValue()));
                } else {
                    try {
                        Files.writeString(root.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                    } catch (IOException x) {
                        throw new InputException("", "cannot write " + shown + ": " + x.getMessage(), "check the file's permissions");
                    }
                }
            }
        }
        if (unsafeLeft > 0) err.println(unsafeLeft + " unsafe fix" + (unsafeLeft == 1 ? "" : "es") + " not applied (the probabilities may be used elsewhere; "
                + "--unsafe-fixes applies them)");
        out.flush();
        err.flush();
        return changed;
    }

    /** The file as UTF-8 text, or null for one that is not (the lint reports it). */
    private static String utf8(Path f) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
