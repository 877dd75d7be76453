package dev.lossadvisor.engine.fix;

import java.util.List;

/**
 * An edit that removes a finding.
 *
 * @param safe true when the analysis knows every use of what the edit changes ({@code lint --fix} applies it);
 *             false for one that may change behaviour elsewhere ({@code --unsafe-fixes})
 */
public record Fix(String rule, String title, boolean safe, List<LineEdit> edits) {}
