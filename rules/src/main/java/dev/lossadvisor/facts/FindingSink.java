package dev.lossadvisor.facts;

import org.kie.api.definition.rule.Rule;

/**
 * Where lint rules report. The rule's own metadata (id, name, severity) travels with it,
 * so a consequence only says what is specific to this model.
 */
public interface FindingSink {
    /**
     * @param rule    the firing rule ({@code drools.getRule()})
     * @param message what is wrong here, with the values that show it
     * @param fix     what to change
     * @param path    JSON pointer to the field at fault
     */
    void report(Rule rule, String message, String fix, String path);
}
