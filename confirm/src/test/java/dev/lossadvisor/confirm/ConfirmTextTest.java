package dev.lossadvisor.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The confirm report prints numbers with a point whatever the machine's locale. */
class ConfirmTextTest {
    static final ConfirmReport REPORT = new ConfirmReport("binary", "f1", true, List.of(1L, 2L), 3,
            List.of(new ConfirmReport.CandidateSummary(Candidate.of("rec", "sigmoid + BCE", "recommended", "sigmoid", "bce", "probabilities"),
                    0.8125, 0.0625, 0.03125, 0.125, 0, List.of(0.5, 0.25),
                    List.of(new RunResult("rec", 1L, List.of(0.5, 0.25), 0.8125, 0.03125, 0.125, 0.875, false, 1500)))),
            List.of(), "confirmed", "the recommendation wins", 1500, "");

    static String written(Locale locale) {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, locale);
        try {
            StringWriter text = new StringWriter();
            ConfirmText.write(REPORT, new PrintWriter(text));
            return text.toString();
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void numbersDoNotFollowTheLocale() {
        String german = written(Locale.GERMANY);
        assertEquals(written(Locale.ROOT), german);
        assertEquals("task binary: confirmed (2 seeds, 3 epochs each, 1.5 s)", german.lines().findFirst().orElseThrow());
        assertEquals(true, german.contains("0.8125 ± 0.063") && german.contains("0.875") && german.contains("0.031"), german);
    }
}
