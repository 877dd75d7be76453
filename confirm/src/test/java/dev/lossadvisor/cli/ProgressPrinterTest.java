package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.confirm.Candidate;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    @Test
    void progressIsPlainLinesOffATerminal() {
        StringWriter out = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false);
        var candidate = new Candidate("bce", "sigmoid + BCE", "recommended", "sigmoid", "bce", "probabilities", 1e-7, 1, 2, Double.NaN);
        for (int epoch = 1; epoch <= 6; epoch++) p.epoch(candidate, 1, epoch, 6, 0.5 / epoch);
        assertEquals("sigmoid + BCE, seed 1: 6 epochs, final loss 0.0833\n", out.toString().replace("\r\n", "\n"));
        StringWriter tty = new StringWriter();
        new ProgressPrinter(new PrintWriter(tty), true).epoch(candidate, 1, 3, 6, 0.2);
        assertTrue(tty.toString().startsWith("\r"), "a terminal gets a bar redrawn in place");
    }
}
