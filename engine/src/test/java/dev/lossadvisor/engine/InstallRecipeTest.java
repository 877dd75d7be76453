package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API install recipe, as a new user follows it: the publish command run in a copy of the sources,
 * then a fresh Maven project with the README's repository and dependency XML, which compiles the API example against
 * what Maven resolved and runs it. Maven's local repository is a private one in a temporary folder (its entries link
 * to the shared one for the third-party artifacts), so nothing of this project lands in ~/.m2.
 */
class InstallRecipeTest {
    static final Path ROOT = ReadmeTest.ROOT.toAbsolutePath().normalize();
    static final Path SHARED = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    static final String FOLDER = ".local/share/loss-advisor/maven";

    @TempDir
    Path dir;

    @Test
    void theDocumentedDependencyResolvesFromAFreshMavenProject() throws Exception {
        assumeTrue(onPath("mvn"), "skipped: mvn is not on the PATH");
        String readme = Files.readString(ROOT.resolve("README.md"));
        String api = readme.substring(readme.indexOf("## Java API"));
        String publish = api.lines().map(String::strip).filter(l -> l.startsWith("mvn ") && l.contains("deploy")).findFirst().orElseThrow();
        String xml = api.substring(api.indexOf("```xml") + 6, api.indexOf("```", api.indexOf("```xml") + 6));

        boolean sharedHadOurs = Files.exists(SHARED.resolve("dev/lossadvisor"));
        Path repo = dir.resolve("published");
        Path local = privateLocalRepository();
        Path sources = copySources(dir.resolve("clone"));
        String command = publish.replace("$HOME/" + FOLDER, repo.toString()) + " -Dmaven.repo.local=" + local;
        assertFalse(command.contains("$HOME"), command);
        run(sources, List.of("bash", "-c", command));
        assertTrue(Files.isDirectory(repo.resolve("dev/lossadvisor/loss-advisor-engine")), "nothing published to " + repo);

        Path project = Files.createDirectories(dir.resolve("fresh"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>uses-loss-advisor</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.source>17</maven.compiler.source>
                    <maven.compiler.target>17</maven.compiler.target>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                """ + xml.replace("${user.home}/" + FOLDER, repo.toString()) + "</project>\n");
        Path example = Path.of("src/test/java/dev/lossadvisor/example/ApiExample.java").toAbsolutePath();
        Path target = Files.createDirectories(project.resolve("src/main/java/dev/lossadvisor/example")).resolve("ApiExample.java");
        Files.copy(example, target);
        run(project, List.of("mvn", "-B", "-q", "-Dmaven.repo.local=" + local, "compile", "dependency:build-classpath",
                "-Dmdep.outputFile=classpath.txt"));
        String classpath = project.resolve("target/classes") + java.io.File.pathSeparator + Files.readString(project.resolve("classpath.txt")).strip();

        String printed = run(ROOT, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "dev.lossadvisor.example.ApiExample", "samples/categorical-loss-single-unit/bad-two-heads.json"));
        String shown = readme.substring(readme.indexOf("It prints:"));
        shown = shown.substring(shown.indexOf("    ") + 4, shown.indexOf("\n\n", shown.indexOf("    ")));
        assertEquals(shown.replace("\n    ", "\n").strip(), printed.strip());
        assertEquals(sharedHadOurs, Files.exists(SHARED.resolve("dev/lossadvisor")), "the recipe wrote into the shared local repository");
    }

    /**
     * A local repository of links to the shared one's top-level folders, except that this project's group folder is
     * its own: third-party artifacts are reused (and new downloads cached as usual), Loss Advisor's stay here.
     */
    private Path privateLocalRepository() throws IOException {
        Path shared = SHARED;
        Path local = Files.createDirectories(dir.resolve("m2"));
        if (!Files.isDirectory(shared)) return local;
        try (Stream<Path> top = Files.list(shared)) {
            for (Path p : top.toList()) {
                if (p.getFileName().toString().equals("dev")) {
                    Path own = Files.createDirectories(local.resolve("dev"));
                    try (Stream<Path> groups = Files.list(p)) {
                        for (Path g : groups.toList()) {
                            if (!g.getFileName().toString().equals("lossadvisor")) Files.createSymbolicLink(own.resolve(g.getFileName().toString()), g);
                        }
                    }
                } else {
                    Files.createSymbolicLink(local.resolve(p.getFileName().toString()), p);
                }
            }
        }
        return local;
    }

    /** What a clone holds that the publish step reads: the poms of every module, the rules and engine sources, the samples. */
    private static Path copySources(Path to) throws IOException {
        for (String part : List.of("pom.xml", "rules/pom.xml", "rules/src", "engine/pom.xml", "engine/src", "samples", "schema",
                "confirm/pom.xml", "web/pom.xml", "bench/pom.xml")) {
            Path from = ROOT.resolve(part);
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.toList()) {
                    Path dest = to.resolve(ROOT.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(dest);
                    else {
                        Files.createDirectories(dest.getParent());
                        Files.copy(p, dest);
                    }
                }
            }
        }
        return to;
    }

    /** Runs a command and returns its standard output; a failure shows both streams. */
    private static String run(Path in, List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("install-recipe", ".err");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).directory(in.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "timed out: " + command);
            assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out + Files.readString(err));
            return out;
        } finally {
            // a timeout or a failed step left the file in /tmp
            Files.deleteIfExists(err);
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }
}
