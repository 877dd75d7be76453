package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.findings.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule's documentation as sections, the way ruff lays it out (what it does, why is this bad, example, use
 * instead), built once from the rule's metadata and samples; the Markdown, text and HTML writers only render it.
 *
 * @param note a line shown under the title, or null (the opt-in note)
 */
public record RuleDoc(RuleInfo rule, String note, List<Section> sections) {

    /**
     * @param text    prose, or null
     * @param example a sample model description, or null
     * @param firing  true when the example is the rule's bad sample, the one to try in the validator
     */
    public record Section(String title, String text, String example, boolean firing) {}

    public RuleDoc {
        sections = List.copyOf(sections);
    }

    public static RuleDoc of(RuleInfo r) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("What it does", r.summary() + ".", null, false));
        s.add(new Section("Why is this bad?", r.why(), null, false));
        String bad = RuleDocs.sample(r.name(), "bad.json");
        if (bad != null) {
            s.add(new Section("Example", null, bad.strip(), true));
        } else if (RuleDocs.class.getClassLoader().getResource("samples/" + r.name() + "/bad.h5") != null) {
            s.add(new Section("Example", "samples/" + r.name() + "/bad.h5, an HDF5 file (binary): lint it to see the finding.", null, false));
        }
        String good = RuleDocs.sample(r.name(), "good.json");
        s.add(new Section("Use instead", r.instead(), good == null ? null : good.strip(), false));
        String note = r.optIn() ? "Opt-in: lint runs it only when asked, with --extend-select " + r.name() + " or --select." : null;
        return new RuleDoc(r, note, s);
    }
}
