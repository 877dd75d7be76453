package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import java.nio.file.Path;

/** One parsed file of a project: its module name, its tree, and its module scope, read when first asked. */
public final class SourceFile {
    private final Project project;
    private final Path path;
    private final String module;
    private final Tree tree;
    private Scope scope;

    SourceFile(Project project, Path path, String module, Tree tree) {
        this.project = project;
        this.path = path;
        this.module = module;
        this.tree = tree;
    }

    public Project project() {
        return project;
    }

    public Path path() {
        return path;
    }

    /** The dotted module name ("models.net"; a package's __init__ is the package). */
    public String module() {
        return module;
    }

    /** A pytest module (tests/..., test_*.py, *_test.py, conftest.py): it calls the project's code with inputs made for a check. */
    public boolean isTest() {
        for (String part : module.split("\\.")) if (part.equals("tests") || part.equals("test") || part.equals("conftest")) return true;
        String last = module.substring(module.lastIndexOf('.') + 1);
        return last.startsWith("test_") || last.endsWith("_test");
    }

    public boolean isPackage() {
        return path.getFileName() != null && path.getFileName().toString().startsWith("__init__.");
    }

    public Tree tree() {
        return tree;
    }

    public synchronized Scope scope() {
        if (scope == null) scope = new Scope(this, Scope.Kind.MODULE, tree.root(), null);
        return scope;
    }

    /** The innermost function or class scope holding a node, or the module's. */
    public Scope scopeOf(Node n) {
        return scope().innermost(n.start());
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
