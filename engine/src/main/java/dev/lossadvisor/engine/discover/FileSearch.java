package dev.lossadvisor.engine.discover;

import dev.lossadvisor.engine.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The files a directory search lints, found as ruff finds them: git's own ignore rules (JGit's implementation of
 * .gitignore, .ignore and .git/info/exclude, the parents' files up to the repository's root included), the default
 * excludes (virtualenvs, build output, caches, checkpoints) and the project's excludes, all gitignore-style patterns;
 * hidden entries and installed code (a virtualenv under any name, site-packages) are passed over.
 */
public final class FileSearch {
    /** ruff's default excludes, and the folders of installed or generated code Python projects keep besides. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints",
            ".mypy_cache", ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode",
            "__pypackages__", "__pycache__", "_build", "buck-out", "build", "dist", "env", "node_modules", "site-packages", "venv", "*.egg-info");
    private static final java.util.Set<String> INSTALLED = java.util.Set.of("venv", "site-packages", "node_modules", "__pycache__");
    private static final List<String> IGNORE_FILES = List.of(".gitignore", ".ignore");

    private final IgnoreNode excludes;
    private final Path base;
    private final Predicate<Path> directoryModel;

    /**
     * @param excludes       gitignore-style patterns (the defaults, or the project's), relative to {@code base}
     * @param base           the folder excludes with a '/' are anchored at (the config's)
     * @param directoryModel a directory that is one model (a SavedModel): found as a file, not searched
     */
    public FileSearch(List<String> excludes, Path base, Predicate<Path> directoryModel) {
        this.excludes = new IgnoreNode(excludes.stream().filter(p -> !p.isBlank()).map(FastIgnoreRule::new).toList());
        this.base = base.toAbsolutePath().normalize();
        this.directoryModel = directoryModel;
    }

    /** True when a named file or folder matches the excludes (for --force-exclude). */
    public boolean excluded(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path p = absolute; p != null && p.getFileName() != null; p = p.getParent()) {
            if (Boolean.TRUE.equals(check(excludes, relative(p), Files.isDirectory(p)))) return true;
            if (p.equals(base)) break;
        }
        return false;
    }

    /** Every file under a directory to lint, sorted; a SavedModel directory is one entry. */
    public List<Path> files(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Deque<Layer> layers = new ArrayDeque<>(parentLayers(root));
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    Path abs = d.toAbsolutePath().normalize();
                    if (!abs.equals(root)) {
                        if (hidden(d) || installed(d) || ignored(abs, true, layers)) return FileVisitResult.SKIP_SUBTREE;
                        if (directoryModel.test(d)) {
                            found.add(d);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    layers.push(Layer.of(abs));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    layers.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    // links and special files are listed too: the lint follows a link, and skips and counts a FIFO, device or socket
                    if (!Files.isDirectory(f) && !hidden(f) && !ignored(f.toAbsolutePath().normalize(), false, layers)) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (!hidden(f)) found.add(f); // reported as unreadable when it is linted
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException("", "cannot list " + dir + ": " + e.getMessage(), "check the directory's permissions");
        }
        found.sort(null);
        return found;
    }

    private boolean ignored(Path abs, boolean directory, Deque<Layer> layers) {
        if (Boolean.TRUE.equals(check(excludes, relative(abs), directory))) return true;
        // git's order: the deepest .gitignore that says anything decides, then .git/info/exclude
        for (Layer l : layers) {
            if (l.ignores == null || !abs.startsWith(l.dir)) continue;
            Boolean said = check(l.ignores, l.dir.relativize(abs).toString().replace('\\', '/'), directory);
            if (said != null) return said;
        }
        for (Layer l : layers) {
            if (l.exclude == null) continue;
            Boolean said = check(l.exclude, l.dir.relativize(abs).toString().replace('\\', '/'), directory);
            if (said != null) return said;
        }
        return false;
    }

    /** The path the excludes see: under the base when it is there, else the name alone (a pattern without '/' matches it). */
    private String relative(Path abs) {
        Path rel = abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs.getFileName();
        return rel == null ? "" : rel.toString().replace('\\', '/');
    }

    private static Boolean check(IgnoreNode node, String path, boolean directory) {
        return path.isEmpty() ? null : node.checkIgnored(path, directory);
    }

    /**
     * Installed code whatever the excludes say: a virtualenv under any name (it has pyvenv.cfg), a conda environment,
     * venv, site-packages, node_modules, bytecode caches. Its files are other projects', and old ones may be Python 2.
     */
    private static boolean installed(Path d) {
        String name = d.getFileName() == null ? "" : d.getFileName().toString();
        return INSTALLED.contains(name) || Files.isRegularFile(d.resolve("pyvenv.cfg"))
                || Files.isDirectory(d.resolve("conda-meta"));
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /**
     * The ignore files of the folders above the searched one, up to the repository's root (the folder with .git),
     * nearest first, as git applies them; none when the search is not inside a repository.
     */
    private static List<Layer> parentLayers(Path root) {
        List<Layer> out = new ArrayList<>();
        for (Path d = root.getParent(); d != null; d = d.getParent()) {
            Layer l = Layer.of(d);
            out.add(l);
            if (Files.exists(d.resolve(".git"))) return out;
        }
        return List.of(); // not in a repository: the searched tree's own files only
    }

    /** One folder's ignore rules: its .gitignore and .ignore, and .git/info/exclude at a repository's root. */
    private record Layer(Path dir, IgnoreNode ignores, IgnoreNode exclude) {
        static Layer of(Path dir) {
            IgnoreNode ignores = null;
            for (String name : IGNORE_FILES) {
                IgnoreNode n = parse(dir.resolve(name));
                if (n == null) continue;
                if (ignores == null) ignores = n;
                else ignores = new IgnoreNode(concat(ignores.getRules(), n.getRules()));
            }
            return new Layer(dir, ignores, parse(dir.resolve(".git").resolve("info").resolve("exclude")));
        }

        private static List<FastIgnoreRule> concat(List<FastIgnoreRule> a, List<FastIgnoreRule> b) {
            List<FastIgnoreRule> all = new ArrayList<>(a);
            all.addAll(b); // .ignore after .gitignore: its rules win, as ripgrep and ruff read them
            return all;
        }

        private static IgnoreNode parse(Path file) {
            if (!Files.isRegularFile(file)) return null;
            IgnoreNode n = new IgnoreNode();
            try (InputStream in = Files.newInputStream(file)) {
                n.parse(in);
            } catch (IOException e) {
                return null; // an unreadable ignore file ignores nothing, as git treats it
            }
            return n;
        }
    }
}
