package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.RuleInfo;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LossAdvisor advisor = Advisors.get();
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            if (format.json()) out.println(JsonReport.rules(advisor.rules()));
            else TextReport.rules(advisor.rules(), out);
        } else {
            RuleInfo r = advisor.rule(name).orElseThrow(() -> new InputException("", "no rule named '" + name + "'",
                    "run 'loss-advisor rules' to list them"));
            if (format.json()) out.println(JsonReport.write(JsonReport.rule(r)));
            else TextReport.ruleDoc(r, sample(r.name(), "bad.json"), sample(r.name(), "good.json"), out);
        }
        out.flush();
        return Main.CLEAN;
    }

    /** A rule's example description, packaged from samples/ into the jar. */
    private static String sample(String rule, String file) {
        try (InputStream in = RulesCommand.class.getClassLoader().getResourceAsStream("samples/" + rule + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
