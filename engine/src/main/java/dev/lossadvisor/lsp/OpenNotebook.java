package dev.lossadvisor.lsp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.NotebookCell;
import org.eclipse.lsp4j.NotebookCellKind;

/**
 * A notebook the editor holds open as a notebook document (LSP 3.17 notebook sync): its cells in order, each a text
 * document of its own. Linted as the .ipynb it stands for, so that a place "cell C:line:column" is cell C's document.
 */
final class OpenNotebook {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A cell: its text document's URI, whether it is code, its text. */
    private record Cell(String uri, boolean code, String text) {}

    private final List<Cell> cells = new ArrayList<>();

    /** @param texts the cells' texts by URI, as the notification carries them */
    OpenNotebook(List<NotebookCell> cells, Map<String, String> texts) {
        replace(0, 0, cells, texts);
    }

    /**
     * Cells [start, start + deleteCount) replaced by {@code added}: a new cell's text is in {@code opened}; a cell moved
     * (deleted here and added again, its document left open) keeps its own.
     */
    void replace(int start, int deleteCount, List<NotebookCell> added, Map<String, String> opened) {
        int from = Math.max(0, Math.min(start, cells.size()));
        int to = Math.min(cells.size(), from + Math.max(0, deleteCount));
        Map<String, String> texts = new HashMap<>();
        for (Cell c : cells) texts.put(c.uri(), c.text());
        texts.putAll(opened);
        cells.subList(from, to).clear();
        List<Cell> in = new ArrayList<>();
        for (NotebookCell c : added == null ? List.<NotebookCell>of() : added) {
            in.add(new Cell(c.getDocument(), c.getKind() == NotebookCellKind.Code, texts.getOrDefault(c.getDocument(), "")));
        }
        cells.addAll(from, in);
    }

    /** A cell's new text (a URI that is no cell of this notebook changes nothing). */
    void text(String uri, String text) {
        cells.replaceAll(c -> c.uri().equals(uri) ? new Cell(uri, c.code(), text) : c);
    }

    List<String> uris() {
        return cells.stream().map(Cell::uri).toList();
    }

    /** The URI of cell {@code n} (1-based, as places count cells), or null. */
    String uri(int n) {
        return n >= 1 && n <= cells.size() ? cells.get(n - 1).uri() : null;
    }

    /** The text of the cell with this URI, or null. */
    String textOf(String uri) {
        return cells.stream().filter(c -> c.uri().equals(uri)).map(Cell::text).findFirst().orElse(null);
    }

    /** The texts of the cells, by their number (from 1, as places count cells). */
    Map<Integer, String> texts() {
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) out.put(i + 1, cells.get(i).text());
        return out;
    }

    /** The notebook as nbformat 4 JSON: every cell in order (markdown too, so cells keep their numbers). */
    String ipynb() {
        return ipynb(Map.of());
    }

    /** The notebook as it would be with the cells of these numbers holding these texts (a fix tried before it is offered). */
    String ipynb(Map<Integer, String> edited) {
        ObjectNode nb = JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        nb.putObject("metadata");
        ArrayNode list = nb.putArray("cells");
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            ObjectNode cell = list.addObject().put("cell_type", c.code() ? "code" : "markdown");
            cell.putObject("metadata");
            cell.put("source", edited.getOrDefault(i + 1, c.text()));
            if (c.code()) cell.putArray("outputs");
        }
        return nb.toString();
    }
}
