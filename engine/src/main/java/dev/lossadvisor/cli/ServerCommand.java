package dev.lossadvisor.cli;

import dev.lossadvisor.lsp.LossAdvisorServer;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"A Language Server Protocol server over stdio, for editors: diagnostics as you type in Python files and model descriptions, "
                + "the rule's doc on hover, fixes and a suppression comment as code actions. The workspace's loss-advisor.json is honoured."})
final class ServerCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        // stdout carries the protocol alone: anything else a library prints goes to stderr
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        System.setOut(System.err);
        return LossAdvisorServer.run(Advisors.get(), System.in, protocol);
    }
}
