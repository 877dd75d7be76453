package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts' written-out {@code equals}/{@code hashCode} (see the facts' package-info) keep a record's meaning: a field
 * added to a record but left out of them would let the rule base's memo answer one description with another's findings.
 */
class FactEqualityTest {
    private static final Path FACTS = Path.of("../rules/src/main/java/dev/lossadvisor/facts");

    @Test
    void everyComponentTakesPartInAWrittenOutEquals() throws Exception {
        List<Class<?>> checked = new ArrayList<>();
        for (Class<?> type : writtenOut()) {
            RecordComponent[] parts = type.getRecordComponents();
            Constructor<?> make = type.getDeclaredConstructor(
                    Stream.of(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object[] base = Stream.of(parts).map(p -> value(p.getType(), 0)).toArray();
            Object one = make.newInstance(base);
            assertEquals(one, make.newInstance(base.clone()), type.getSimpleName());
            assertEquals(one.hashCode(), make.newInstance(base.clone()).hashCode(), type.getSimpleName());
            for (int i = 0; i < parts.length; i++) {
                Object[] other = base.clone();
                other[i] = value(parts[i].getType(), 1);
                assertFalse(one.equals(make.newInstance(other)), type.getSimpleName() + "." + parts[i].getName());
            }
            checked.add(type);
        }
        assertTrue(checked.size() >= 10, "records with a written-out equals: " + checked);
    }

    private static List<Class<?>> writtenOut() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(FACTS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java") && !name.equals("package-info.java")) {
                    Class<?> type = Class.forName("dev.lossadvisor.facts." + name.replace(".java", ""));
                    if (type.isRecord() && declaresEquals(type)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }

    private static boolean declaresEquals(Class<?> type) {
        try {
            type.getDeclaredMethod("equals", Object.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Two distinct values of a component's type (k = 0 or 1). */
    private static Object value(Class<?> type, int k) {
        if (type == int.class || type == Integer.class) {
            return k + 1;
        } else if (type == long.class) {
            return k + 1L;
        } else if (type == double.class || type == Double.class) {
            return k + 0.5;
        } else if (type == boolean.class) {
            return k == 1;
        } else if (type == String.class) {
            return k == 0 ? "a" : "b";
        } else if (type.isEnum()) {
            return type.getEnumConstants()[k];
        } else if (type == List.class) {
            return k == 0 ? List.of() : List.of("x");
        } else if (type == Set.class) {
            return k == 0 ? Set.of() : Set.of("x");
        } else if (type == Map.class) {
            return k == 0 ? Map.of() : Map.of("x", "y");
        }
        throw new AssertionError("no sample values for " + type);
    }
}
