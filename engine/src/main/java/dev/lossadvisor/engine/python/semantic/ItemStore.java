package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.Node;

/**
 * A change to a container bound to a name: {@code d[key] = value}, {@code d.key = value}, {@code xs.append(value)}, {@code d.update(value)},
 * {@code xs.extend(value)}, {@code seq.add_module(name, value)}, in source order; on a name, or on an attribute of one
 * ({@code self.blocks}, its name then "self.blocks"); a tensor filled in place, {@code t.zero_()}, {@code t.scatter_(1, y, 1)};
 * a tensor made trainable, {@code W.requires_grad_()} or {@code W.requires_grad = True} (its value then the target), or each item of a list,
 * {@code for p in params: p.requires_grad_()};
 * an argparse parser's {@code add_argument(...)} and {@code set_defaults(...)}; a module's {@code register_forward_hook(fn)};
 * an entry taken out, {@code cfg.pop("type")}, {@code xs.pop()}, {@code d.clear()}, {@code d.setdefault(k, v)}, {@code del cfg["name"]};
 * a child of a module changed through a call, {@code model.get_submodule("head").append(m)} ("changed": not followed).
 *
 * @param key   the subscript of an item assignment, the index of an insert, or null for a method
 * @param how   "item", "append", "extend", "update", "insert", "add", "add_module", "attribute" (name.attr = value; its
 *              key the attribute, its value null when not known), "layer" ({@code model.layers[i].attr = value}; its key the
 *              whole target, its value null when not known), "zero_", "scatter_", "sigmoid_", "requires_grad_", "add_argument", "set_defaults"
 *              "register_forward_hook", or "pop", "popitem", "clear", "setdefault" (a call anywhere in an expression), "del", "changed"
 * @param value the value stored, the whole call for "zero_" to "setdefault", the del statement for "del"
 */
public record ItemStore(String name, String how, Node key, Node value, int offset) {
    /** Whether an augmented assignment grows a list: {@code += [...]} with a list written on the right (see Scope's "extend" stores). */
    public static boolean grows(Node augmented) {
        Node op = augmented == null || !augmented.is("augmented_assignment") ? null : augmented.field("operator");
        Node right = op == null ? null : augmented.field("right");
        return op != null && op.text().equals("+=") && right != null && (right.is("list") || right.is("list_comprehension"));
    }
}
