package dev.lossadvisor.facts;

import java.util.Set;

/**
 * The rules that reported a finding, inserted once all other rules have settled: what a suppression can be
 * measured against. Inserted only for a model that asks for suppressions.
 *
 * @param rules their names
 */
public record Reported(Set<String> rules) {
    public Reported {
        rules = Set.copyOf(rules);
    }
}
