package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's calls by the last name of their callee (train, fit, Trainer, append), built once from every parsed
 * file: where a function is called, a class constructed, a method called on some object.
 */
public final class CallSites {
    /** A call in a file. */
    public record Site(SourceFile file, Node call) {}

    private final Map<String, List<Site>> byName = new HashMap<>();
    private final java.util.Set<SourceFile> indexed = new java.util.HashSet<>();

    /** Adds the files not indexed yet (files parsed since, for their imports). */
    synchronized CallSites add(List<SourceFile> files) {
        for (SourceFile f : files) {
            if (!indexed.add(f)) continue;
            for (Tree.Call c : f.tree().calls()) byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(new Site(f, c.node()));
        }
        return this;
    }

    public synchronized List<Site> named(String name) {
        return List.copyOf(byName.getOrDefault(name, List.of()));
    }
}
