package dev.lossadvisor.engine;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's choice of rules: which to run (select), which to skip (ignore) and at what severity. Rules are
 * named by code or name. It filters and re-grades findings; what the rules know is untouched.
 *
 * @param select     rules to keep; empty keeps the default set (every rule but the opt-in ones)
 * @param extend     rules added to the selection (how an opt-in rule joins the default set)
 * @param ignore     rules to drop
 * @param severities severity overrides by rule name
 * @param optIn      the rules that run only when selected or extended
 */
public record LintPolicy(Set<String> select, Set<String> extend, Set<String> ignore, Map<String, Severity> severities, Set<String> optIn) {
    public LintPolicy {
        select = Set.copyOf(select);
        extend = Set.copyOf(extend);
        ignore = Set.copyOf(ignore);
        severities = Map.copyOf(severities);
        optIn = Set.copyOf(optIn);
    }

    /**
     * Builds a policy from rule references, resolving codes to names.
     *
     * @param where JSON pointer (or option name) of each argument, for errors
     * @throws InputException naming the reference that is not a rule
     */
    public static LintPolicy of(LossAdvisor advisor, List<String> select, List<String> extend, List<String> ignore, Map<String, String> severities,
                                String where) {
        Map<String, Severity> levels = new HashMap<>();
        severities.forEach((rule, level) -> {
            Severity s;
            try {
                s = Severity.parse(level);
            } catch (IllegalArgumentException e) {
                throw new InputException(where + "/severity/" + rule, "unknown severity '" + level + "'", "use error, warning or info");
            }
            levels.put(resolve(advisor, rule, where + "/severity"), s);
        });
        Set<String> optIn = advisor.rules().stream().filter(RuleInfo::optIn).map(RuleInfo::name).collect(Collectors.toSet());
        return new LintPolicy(names(advisor, select, where + "/select"), names(advisor, extend, where + "/extend_select"),
                names(advisor, ignore, where + "/ignore"), levels, optIn);
    }

    /** The default set: every rule but the opt-in ones, at their own severities. */
    public static LintPolicy defaults(LossAdvisor advisor) {
        return of(advisor, List.of(), List.of(), List.of(), Map.of(), "");
    }

    /** Rules by code, name or code prefix ("LA0" is LA001 to LA099, as ruff selects "E4"). */
    private static Set<String> names(LossAdvisor advisor, List<String> refs, String where) {
        Set<String> out = new HashSet<>();
        for (String ref : refs) {
            String r = ref.trim();
            List<String> prefixed = r.length() >= 2 && advisor.rule(r).isEmpty() ? advisor.rules().stream()
                    .filter(i -> i.code().regionMatches(true, 0, r, 0, r.length())).map(RuleInfo::name).toList() : List.of();
            if (prefixed.isEmpty()) out.add(resolve(advisor, r, where));
            else out.addAll(prefixed);
        }
        return out;
    }

    private static String resolve(LossAdvisor advisor, String ref, String where) {
        return advisor.requireRule(ref.trim(), where).name();
    }

    /** This policy with another's settings laid over it: the other's non-empty parts win. */
    public LintPolicy overriddenBy(LintPolicy other) {
        Map<String, Severity> merged = new HashMap<>(severities);
        merged.putAll(other.severities);
        Set<String> extended = new HashSet<>(extend);
        extended.addAll(other.extend);
        Set<String> optInRules = new HashSet<>(optIn);
        optInRules.addAll(other.optIn);
        return new LintPolicy(other.select.isEmpty() ? select : other.select, extended, other.ignore.isEmpty() ? ignore : other.ignore, merged,
                optInRules);
    }

    /** This policy dropping these rules as well (a config's per-file-ignores). */
    public LintPolicy ignoring(Set<String> rules) {
        if (rules.isEmpty()) return this;
        Set<String> more = new HashSet<>(ignore);
        more.addAll(rules);
        return new LintPolicy(select, extend, more, severities, optIn);
    }

    public boolean runs(String rule) {
        if (ignore.contains(rule)) return false;
        if (select.contains(rule) || extend.contains(rule)) return true;
        return select.isEmpty() && !optIn.contains(rule);
    }

    /** The report with unselected rules dropped and severities overridden. */
    public ValidationReport apply(ValidationReport report) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!runs(f.rule())) continue;
            Severity s = severities.getOrDefault(f.rule(), f.severity());
            kept.add(s == f.severity() ? f : f.withSeverity(s));
        }
        kept.sort(Finding.ORDER);
        return report.withFindings(kept);
    }
}
