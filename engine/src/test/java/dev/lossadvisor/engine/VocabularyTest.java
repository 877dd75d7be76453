package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.facts.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every string literal a DRL rule compares a fact field to is a name of the fact model's vocabulary: a loss kind or
 * task misspelt in a pattern would never match, and the rule would silently never fire.
 */
class VocabularyTest {
    private static final Path RULES = Path.of("../rules/src/main/resources/dev/lossadvisor/rules");
    /** A fact pattern: Type( ... ) up to its closing parenthesis, nested parentheses allowed one level deep. */
    private static final Pattern FACT = Pattern.compile("\\b([A-Z][A-Za-z]+)\\s*\\(((?:[^()]|\\([^()]*\\))*)\\)");
    private static final Pattern EQUALS = Pattern.compile("\\b(\\w+)\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern IN = Pattern.compile("\\b(\\w+)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");

    @Test
    void everyDrlLiteralComparedToAFactFieldIsInTheVocabulary() throws IOException {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                for (String block : whenBlocks(Files.readString(drl))) {
                    Matcher fact = FACT.matcher(block);
                    while (fact.find()) {
                        String type = fact.group(1);
                        for (String[] literal : literals(fact.group(2))) {
                            Set<String> allowed = Vocabulary.FIELDS.get(type + "." + literal[0]);
                            if (allowed == null) continue;
                            checked++;
                            if (!allowed.contains(literal[1])) unknown.add(drl.getFileName() + ": " + type + "." + literal[0] + " \"" + literal[1] + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 50, "the scan found the rules' comparisons (" + checked + ")");
        assertEquals(List.of(), unknown);
    }

    private static List<String> whenBlocks(String drl) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b").matcher(drl);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    private static List<String[]> literals(String constraints) {
        List<String[]> found = new ArrayList<>();
        Matcher eq = EQUALS.matcher(constraints);
        while (eq.find()) found.add(new String[] {eq.group(1), eq.group(2)});
        Matcher in = IN.matcher(constraints);
        while (in.find()) {
            Matcher lit = Pattern.compile("\"([^\"]*)\"").matcher(in.group(2));
            while (lit.find()) found.add(new String[] {in.group(1), lit.group(1)});
        }
        return found;
    }
}
