package dev.lossadvisor.engine;

/**
 * One problem found in one model description.
 *
 * @param rule the rule's kebab-case name
 * @param path JSON pointer to the field at fault
 */
public record Finding(String rule, String code, Severity severity, String message, String fix, String path) {
    /** Report order: worst first, then by code. */
    public static final java.util.Comparator<Finding> ORDER =
            java.util.Comparator.comparing(Finding::severity).thenComparing(Finding::code);
}
