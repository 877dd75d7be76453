package dev.lossadvisor.engine.fix;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.scripts.Scripts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lints a Python project held in memory and applies fixes, each only when a lint of the edited project shows its
 * finding gone and no new one.
 */
public final class Fixer {
    /** A finding on one flow, charged to {@code file} (the loss call's file). */
    public record Issue(String file, Finding finding, ModelDescription description) {}

    /**
     * @param texts   the project after the fixes
     * @param applied the fixes applied, in order
     * @param unsafe  fixes left out because they are unsafe and were not asked for
     */
    public record Result(Map<String, String> texts, List<Fix> applied, List<Fix> unsafe) {}

    private final LossAdvisor advisor;
    private final LintPolicy policy;

    public Fixer(LossAdvisor advisor, LintPolicy policy) {
        this.advisor = advisor;
        this.policy = policy;
    }

    /** Every finding in the project, whose files are given by path (as shown in places) and text. */
    public List<Issue> lint(Map<String, String> texts) {
        return linted(texts).issues();
    }

    /** The findings and the number of flows found (a fix must keep every flow: one that hides its flow removes nothing). */
    private record Linted(List<Issue> issues, int flows) {}

    private Linted linted(Map<String, String> texts) {
        Map<Path, byte[]> sources = new LinkedHashMap<>();
        texts.forEach((name, text) -> sources.put(Path.of(name), text.getBytes(StandardCharsets.UTF_8)));
        List<Issue> out = new ArrayList<>();
        int flows = 0;
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (PythonSources.Outcome o : Scripts.analyse(sources)) {
            for (ModelDescription d : o.descriptions()) {
                flows++;
                for (Finding f : policy.apply(advisor.validate(d)).withoutRepeats(reported).findings()) out.add(new Issue(o.file().toString(), f, d));
            }
        }
        return new Linted(out, flows);
    }

    /** Applies every verified fix ({@code unsafe}: the unsafe ones too), one at a time, re-linting after each. */
    public Result fix(Map<String, String> texts, boolean unsafe) {
        Map<String, String> current = new TreeMap<>(texts);
        Linted linted = linted(current);
        List<Issue> issues = linted.issues();
        List<Fix> applied = new ArrayList<>();
        List<Fix> left = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            left.clear();
            search:
            for (Issue i : issues) {
                for (Fix fix : Fixes.of(i.finding(), i.description(), current)) {
                    if (!fix.safe() && !unsafe) {
                        left.add(fix);
                        continue;
                    }
                    Map<String, String> next = apply(current, fix);
                    if (next == null) continue;
                    Linted after = linted(next);
                    if (after.flows() == linted.flows() && verified(issues, after.issues(), i.finding().rule())) {
                        current = next;
                        linted = after;
                        issues = after.issues();
                        applied.add(fix);
                        progress = true;
                        break search;
                    }
                }
            }
        }
        return new Result(current, List.copyOf(applied), List.copyOf(left));
    }

    /** The fix removed one finding of its rule and added none of any rule. */
    public static boolean verified(List<Issue> before, List<Issue> after, String rule) {
        Map<String, Integer> was = counts(before);
        Map<String, Integer> now = counts(after);
        for (Map.Entry<String, Integer> e : now.entrySet()) {
            if (e.getValue() > was.getOrDefault(e.getKey(), 0)) return false;
        }
        return now.getOrDefault(rule, 0) < was.getOrDefault(rule, 0);
    }

    private static Map<String, Integer> counts(List<Issue> issues) {
        Map<String, Integer> n = new HashMap<>();
        for (Issue i : issues) n.merge(i.finding().rule(), 1, Integer::sum);
        return n;
    }

    /** The texts with the fix's edits made, or null when a line no longer reads as the edit expects. */
    public static Map<String, String> apply(Map<String, String> texts, Fix fix) {
        Map<String, String> out = new TreeMap<>(texts);
        Map<String, List<LineEdit>> byFile = new HashMap<>();
        for (LineEdit e : fix.edits()) byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
        for (Map.Entry<String, List<LineEdit>> e : byFile.entrySet()) {
            String text = out.get(e.getKey());
            if (text == null) return null;
            List<String> lines = new ArrayList<>(text.lines().toList());
            List<LineEdit> edits = new ArrayList<>(e.getValue());
            edits.sort((a, b) -> Integer.compare(b.line(), a.line())); // bottom up: earlier line numbers stay right
            for (LineEdit edit : edits) {
                if (edit.line() < 1 || edit.line() > lines.size() || !lines.get(edit.line() - 1).equals(edit.before())) return null;
                if (edit.after() == null) lines.remove(edit.line() - 1);
                else lines.set(edit.line() - 1, edit.after());
            }
            String newline = text.contains("\r\n") ? "\r\n" : "\n";
            String joined = String.join(newline, lines);
            out.put(e.getKey(), text.endsWith("\n") ? joined + newline : joined);
        }
        return out;
    }
}
