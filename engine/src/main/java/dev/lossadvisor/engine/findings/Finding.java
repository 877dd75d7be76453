package dev.lossadvisor.engine.findings;

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

    /** The same finding at another place (a model file's own pointer). */
    public Finding at(String place) {
        return new Finding(rule, code, severity, message, fix, place);
    }

    /** The same finding with another message. */
    public Finding withMessage(String text) {
        return new Finding(rule, code, severity, text, fix, path);
    }

    /** The same finding at another severity (a project's override). */
    public Finding withSeverity(Severity level) {
        return new Finding(rule, code, level, message, fix, path);
    }
}
