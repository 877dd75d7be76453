package dev.lossadvisor.cli;

import java.io.PrintWriter;

/** The confirm jar's entry point: the whole loss-advisor command line, with 'confirm' added. */
public final class ConfirmMain {
    private ConfirmMain() {}

    public static void main(String[] args) {
        System.exit(Main.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), new ConfirmCommand()));
    }
}
