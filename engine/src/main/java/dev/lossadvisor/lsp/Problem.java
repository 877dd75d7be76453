package dev.lossadvisor.lsp;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.input.ModelDescription;
import java.util.List;

/**
 * A finding placed in a file of the workspace.
 *
 * @param file        the document's key: the file's path under the workspace root (absolute, for a file outside it),
 *                    or a notebook cell's URI while the notebook is open as a notebook document
 * @param line        0-based, as LSP counts
 * @param column      0-based start; {@code end} the column it ends at on that line
 * @param description the flow or model it is about, or null for bad input
 * @param related     the other places of the flow, each with what happens there (its file a document key too)
 */
record Problem(String file, int line, int column, int end, Finding finding, ModelDescription description, List<Related> related) {
    record Related(String file, int line, int column, String what) {}
}
