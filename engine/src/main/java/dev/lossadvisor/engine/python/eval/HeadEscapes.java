package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A library network handed to a project function that may put a head of its own on it ({@code replace_head(model, n)}
 * doing {@code model.fc = ...}): the head is then not known. A project function or class that sets no attribute named as
 * the head on anything leaves it as it is; one not known may.
 */
final class HeadEscapes {
    private HeadEscapes() {}

    /** Whether a call in {@code at}'s scope between the offsets passes {@code name} to a project function or class that may replace {@code head}. */
    static boolean escapes(String head, String name, int from, int until, Context at, Evaluator evaluator) {
        for (Node n : HandedOn.calls(name, from, until, at)) {
            Value callee = evaluator.eval(n.field("function"), at.moved(at.scope(), n.start()));
            if (callee instanceof Value.Lib) continue; // torch and the libraries keep the model's head
            if (replaces(callee, head)) return true;
        }
        return false;
    }

    /** Whether the function, or a method of the class, sets an attribute named {@code head} (or an item of one) on anything. */
    private static boolean replaces(Value callee, String head) {
        List<Scope> scopes = new ArrayList<>();
        if (callee instanceof Value.Function f) scopes.add(f.scope());
        if (callee instanceof Value.ClassDef k) for (Node def : k.scope().methods().values()) scopes.add(k.scope().child(def));
        for (Scope s : scopes) {
            for (ItemStore st : s.stores()) {
                if (st.how().equals("attribute") && st.key() != null && st.key().text().equals(head) || st.name().endsWith("." + head)) return true;
            }
        }
        return scopes.isEmpty();
    }
}
