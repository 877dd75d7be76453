package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.report.RuleDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed docs/rules pages are exactly what 'loss-advisor rules --markdown docs/rules' generates. */
class RuleDocsTest {
    private static final Path DOCS = Path.of(System.getProperty("docs.dir", "../docs/rules"));
    private static final String REGENERATE = "; regenerate with: ./loss-advisor rules --markdown docs/rules";

    @Test
    void everyRulePageIsUpToDate() throws IOException {
        for (RuleInfo r : Fixtures.ADVISOR.rules()) {
            Path page = DOCS.resolve(r.name() + ".md");
            assertTrue(Files.exists(page), page + " is missing" + REGENERATE);
            assertEquals(RuleDocs.markdown(r), Files.readString(page), page + " is stale" + REGENERATE);
        }
        assertEquals(RuleDocs.index(Fixtures.ADVISOR.rules()), Files.readString(DOCS.resolve("README.md")), "index is stale" + REGENERATE);
    }

    @Test
    void noPageForARuleThatIsGone() throws IOException {
        Set<String> expected = Fixtures.ADVISOR.rules().stream().map(r -> r.name() + ".md").collect(Collectors.toSet());
        expected.add("README.md");
        try (Stream<Path> files = Files.list(DOCS)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void pagesHaveTheFourSections() {
        String page = RuleDocs.markdown(Fixtures.ADVISOR.rule("unclipped-log").orElseThrow());
        for (String s : new String[] {"## What it does", "## Why is this bad?", "## Example", "## Use instead"}) assertTrue(page.contains(s), s);
    }
}
