package dev.lossadvisor.facts;

/**
 * A lower bound on the final layer's unit count when the count itself is unknown (Output.units 0) because its
 * candidates differ: a model builder called with 5 classes from one script and 6 from another has at least 5. Only
 * a rule whose condition holds for every width at or above the bound (3 or more classes) may use it.
 */
public record UnitsAtLeast(int units) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof UnitsAtLeast f && units == f.units;
    }

    @Override
    public int hashCode() {
        return units;
    }
}
