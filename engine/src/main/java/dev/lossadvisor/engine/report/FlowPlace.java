package dev.lossadvisor.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One of the places in source code a finding's flow passes through, with what happens there: where the output is
 * made, where the loss is built, where the loss is called, and the call into the function that holds the loss when the flow is
 * known on that call path only. A finding stands at one of them; viewers show the others
 * beside it (SARIF related locations, the editor's related information).
 *
 * @param place "file:line:column", or "file:cell C:line:column" in a notebook
 */
public record FlowPlace(String place, String what) {
    private static final Map<String, String> WHAT = Map.of("/output", "the output is made here", "/loss", "the loss is built here",
            "", "the loss is called here", "/entry", "the function holding the loss is called here");
    private static final List<String> ORDER = List.of("/output", "/loss", "", "/entry");
    private static final Pattern SOURCE = Pattern.compile(".+:(cell \\d+:)?\\d+:\\d+");

    /** The flow's places other than {@code own}, in flow order, each once; none for a model file (its places are JSON pointers). */
    public static List<FlowPlace> others(Map<String, String> locations, String own) {
        Set<String> seen = new LinkedHashSet<>(Set.of(own));
        List<FlowPlace> out = new ArrayList<>();
        for (String pointer : ORDER) {
            String place = locations.get(pointer);
            if (place != null && SOURCE.matcher(place).matches() && seen.add(place)) out.add(new FlowPlace(place, WHAT.get(pointer)));
        }
        return out;
    }
}
