package dev.lossadvisor.cli;

import dev.lossadvisor.engine.catalog.LossEntry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "losses", mixinStandardHelpOptions = true, description = "Lists every loss name understood, per framework, with what it takes and the options it has.")
final class LossesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (LossEntry e : Advisors.get().catalog().entries()) {
            java.util.TreeSet<String> options = new java.util.TreeSet<>(e.options());
            if (e.hasFromLogitsOption()) options.add("from_logits");
            out.printf("%-8s %-34s %-18s takes %s, labels %s; options: %s%n", e.framework(), e.name(), e.kind(), e.input().replace('_', '-'),
                    e.labels().replace('_', '-'), String.join(", ", options));
        }
        out.flush();
        return Main.CLEAN;
    }
}
