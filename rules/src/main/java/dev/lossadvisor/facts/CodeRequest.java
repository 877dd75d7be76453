package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * One recipe wanted in one framework: the question the framework table answers. Each row tests this single fact
 * (alpha constraints only, no join); the engine asks it once per recipe and framework and remembers the answer.
 */
public record CodeRequest(String recipe, String framework) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof CodeRequest f && Objects.equals(recipe, f.recipe) && Objects.equals(framework, f.framework);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(recipe);
        h = 31 * h + Objects.hashCode(framework);
        return h;
    }
}
