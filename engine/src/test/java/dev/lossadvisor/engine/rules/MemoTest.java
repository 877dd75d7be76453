package dev.lossadvisor.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lossadvisor.facts.Framework;
import dev.lossadvisor.facts.Task;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Equal facts reuse a run's conclusions; the least recently used run is forgotten first. */
class MemoTest {
    private final AtomicInteger fired = new AtomicInteger();

    private Conclusions fire(List<Object> facts) {
        fired.incrementAndGet();
        return new Conclusions(List.of(), null, null, null, null, List.of());
    }

    @Test
    void equalFactsFireOnce() {
        Memo memo = new Memo(4);
        Conclusions first = memo.get(List.of(new Framework("keras"), new Task("binary", "binary", "declared")), this::fire);
        Conclusions again = memo.get(List.of(new Framework("keras"), new Task("binary", "binary", "declared")), this::fire);
        assertSame(first, again);
        memo.get(List.of(new Framework("pytorch"), new Task("binary", "binary", "declared")), this::fire);
        // the same facts in another order may fire the rules in another order: a run of their own
        memo.get(List.of(new Task("binary", "binary", "declared"), new Framework("keras")), this::fire);
        assertEquals(3, fired.get());
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondCapacity() {
        Memo memo = new Memo(2);
        List<Object> a = List.of(new Framework("keras")), b = List.of(new Framework("pytorch")), c = List.of(new Framework("djl"));
        memo.get(a, this::fire);
        memo.get(b, this::fire);
        memo.get(a, this::fire); // a is now the most recent
        memo.get(c, this::fire); // b goes
        memo.get(a, this::fire);
        assertEquals(3, fired.get());
        memo.get(b, this::fire);
        assertEquals(4, fired.get());
    }
}
