package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.Supplement;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rule base decides for one lint run, made on first need and kept: the command line's rule choices, each
 * config's rules and the --task supplement. A run over files that hold no model (a hook given a commit's other .py and
 * .json files) then ends without waiting for the rules to load. Thread-safe: files are linted on every core.
 */
final class RulesOnDemand {
    private final LintOptions options;
    private final String task;
    private final String loss;
    /** By instance: a run discovers one config per folder, and hashing a record of JSON costs more than its rules. */
    private final Map<ProjectConfig, ProjectConfig.Rules> rules = new IdentityHashMap<>();
    private LintPolicy flags;
    private Supplement supplement;

    RulesOnDemand(LintOptions options, String task, String loss) {
        this.options = options;
        this.task = task;
        this.loss = loss;
    }

    /** The advisor, waiting for the rule base if it is still loading. */
    LossAdvisor advisor() {
        return Advisors.get();
    }

    /** Checks the command line's rule choices, the first path's config, --task, then the other paths' configs, in that order. */
    synchronized void check(List<ProjectConfig> configs) {
        policy(configs.get(0), Path.of(""));
        supplement(configs.get(0), Path.of(""));
        configs.forEach(this::rules);
    }

    synchronized ProjectConfig.Rules rules(ProjectConfig config) {
        return rules.computeIfAbsent(config, c -> c.rules(advisor()));
    }

    /** The rules that apply to one file: the config's, overridden by the command line's, less its per-file ignores. */
    synchronized LintPolicy policy(ProjectConfig config, Path file) {
        if (flags == null) flags = options.flags(advisor());
        ProjectConfig.Rules project = rules(config);
        return project.policy().overriddenBy(flags).ignoring(project.ignoredFor(file));
    }

    /** What to assume for a model file that lacks it: --task and --loss, else the config's entry for the file. */
    synchronized Supplement supplement(ProjectConfig config, Path file) {
        if (supplement == null) supplement = new Supplement(task == null ? null : advisor().task(task, "--task"), loss);
        return supplement.or(rules(config).supplementFor(file));
    }
}
