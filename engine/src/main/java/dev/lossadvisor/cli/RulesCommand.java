package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.TextReport;
import dev.lossadvisor.engine.report.RuleDoc;
import dev.lossadvisor.engine.report.RuleDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every lint rule, or documents one: what it does, why it is bad, an example, what to use instead.")
final class RulesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A rule's name or code.")
    String name;

    @Mixin
    OutputFormat format;

    @Option(names = "--markdown", paramLabel = "DIR", description = "Write one Markdown page per rule, and an index, into DIR.")
    Path markdownDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LossAdvisor advisor = Advisors.get();
        PrintWriter out = spec.commandLine().getOut();
        if (markdownDir != null) {
            writeMarkdown(advisor.rules(), markdownDir);
            out.println("wrote " + (advisor.rules().size() + 1) + " pages to " + markdownDir);
        } else if (name == null) {
            if (format.json()) out.println(JsonReport.rules(advisor.rules()));
            else TextReport.rules(advisor.rules(), out);
        } else {
            RuleInfo r = advisor.requireRule(name, "");
            if (format.json()) out.println(JsonReport.write(JsonReport.rule(r)));
            else TextReport.ruleDoc(RuleDoc.of(r), out);
        }
        out.flush();
        return Main.CLEAN;
    }

    private static void writeMarkdown(List<RuleInfo> rules, Path dir) {
        try {
            Files.createDirectories(dir);
            for (RuleInfo r : rules) Files.writeString(dir.resolve(r.name() + ".md"), RuleDocs.markdown(r));
            Files.writeString(dir.resolve("README.md"), RuleDocs.index(rules));
        } catch (IOException e) {
            throw new InputException("", "cannot write to " + dir + ": " + e.getMessage(), "check the directory");
        }
    }
}
