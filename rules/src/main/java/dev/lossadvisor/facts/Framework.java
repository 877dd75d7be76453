package dev.lossadvisor.facts;

import java.util.Objects;

/** A framework the caller wants advice for: keras, pytorch or djl. */
public record Framework(String name) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof Framework f && Objects.equals(name, f.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
