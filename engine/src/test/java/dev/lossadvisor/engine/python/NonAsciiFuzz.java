package dev.lossadvisor.engine.python;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The long run of the non-ASCII property, outside the default build ({@code mvn -Pfuzz verify}): text at every single
 * place of every kind in every corpus project, one place at a time, changes no finding.
 */
class NonAsciiFuzz {
    @Test
    void nonAsciiTextAtAnySinglePlaceChangesNoFinding() throws Exception {
        int tried = 0;
        for (var project : NonAsciiPlaces.corpus().entrySet()) {
            Map<Path, byte[]> sources = project.getValue();
            List<PythonSources.Outcome> plain = PythonSources.analyse(sources);
            for (NonAsciiPlaces.Spot spot : NonAsciiPlaces.spots(sources)) {
                NonAsciiPlaces.assertSameFindings(plain, NonAsciiPlaces.insert(sources, List.of(spot), tried++), project.getKey() + " " + spot);
            }
        }
        System.out.printf("[fuzz] non-ASCII places: %d single insertions, findings unchanged%n", tried);
    }
}
