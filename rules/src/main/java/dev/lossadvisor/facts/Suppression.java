package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * A suppression the model's source or description asks for: "# loss-advisor: ignore[rule]", "# noqa: LA007", or an
 * entry of a description's "suppress".
 *
 * @param rule    the rule's name when known, else as written
 * @param known   whether it names one of Loss Advisor's rules
 * @param all     a bare "# noqa", which silences every rule on its line
 * @param nearest the closest rule names when unknown, comma-separated, or empty
 * @param at      where it is written: "file:line:column" in source code, a JSON pointer in a description
 */
public record Suppression(String rule, boolean known, boolean all, String nearest, String at) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof Suppression f && Objects.equals(rule, f.rule) && known == f.known && all == f.all
                && Objects.equals(nearest, f.nearest) && Objects.equals(at, f.at);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(rule);
        h = 31 * h + Boolean.hashCode(known);
        h = 31 * h + Boolean.hashCode(all);
        h = 31 * h + Objects.hashCode(nearest);
        h = 31 * h + Objects.hashCode(at);
        return h;
    }
}
