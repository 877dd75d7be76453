package dev.lossadvisor.engine.fix;

import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the value an activation makes is used only by the loss it feeds, so that removing the activation changes
 * nothing else. Conservative: every use must be seen, in the flow's own files; anything else (another file that
 * names the model class, a second call of the model, the probabilities kept in a variable read elsewhere, a model
 * built at module level) makes the fix unsafe.
 */
final class Uses {
    private Uses() {}

    static boolean onlyFeedLoss(ModelDescription d, Map<String, String> texts, SourcePlace act) {
        SourcePlace call = Fixes.place(d, "");
        if (call == null || !texts.containsKey(call.file()) || !texts.containsKey(act.file())) return false;
        Source cs = new Source(texts.get(call.file()));
        CallText loss = CallText.at(cs.line(call.line()), call.column() - 1).orElse(null);
        String arg = loss == null ? null : loss.firstPositional();
        if (arg == null) return false;
        // applied inside the loss call: its value goes nowhere else
        if (act.file().equals(call.file()) && act.line() == call.line()) return true;
        Source.Block callDef = cs.enclosing(call.line(), false);
        int from = callDef == null ? 1 : callDef.first();
        int to = callDef == null ? cs.lines.size() : callDef.last();
        String modelCall;
        if (arg.matches("[A-Za-z_]\\w*")) {
            // one assignment and the loss call: nothing else reads the variable
            if (cs.count(arg, from, to) != 2) return false;
            Integer assigned = assignment(cs, arg, from, to);
            if (assigned == null) return false;
            // the activation is that assignment, in the training code
            if (act.file().equals(call.file()) && act.line() == assigned) return true;
            modelCall = cs.line(assigned);
        } else {
            modelCall = arg;
        }
        Matcher m = Pattern.compile("=?\\s*([A-Za-z_]\\w*)\\s*\\(").matcher(modelCall.contains("=") ? modelCall.substring(modelCall.indexOf('=') + 1) : modelCall);
        if (!m.find()) return false;
        String model = m.group(1);
        // the model is called once in the training code: the call that feeds the loss
        if (calls(cs, model) != 1) return false;
        return insideModelOnly(texts, act, call);
    }

    /** The activation stands in forward() (or __init__, a layer) of a class that only the flow's files name. */
    private static boolean insideModelOnly(Map<String, String> texts, SourcePlace act, SourcePlace call) {
        Source as = new Source(texts.get(act.file()));
        Source.Block def = as.enclosing(act.line(), false);
        Source.Block cls = as.enclosing(act.line(), true);
        if (cls == null || def != null && !def.name().equals("forward") && !def.name().equals("__init__")) return false;
        // no other method calls the model on itself
        if (calls(as, "self") != 0 || as.count("forward", cls.first(), cls.last()) > 1) return false;
        // the class is named outside its own body only in the flow's files, and built there once
        int outside = as.count(cls.name(), 1, as.lines.size()) - as.count(cls.name(), cls.first(), cls.last());
        if (outside > 0) return false;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (e.getKey().equals(act.file())) continue;
            Source other = new Source(e.getValue());
            int n = other.count(cls.name(), 1, other.lines.size());
            if (n > 0 && !e.getKey().equals(call.file())) return false;
            if (e.getKey().equals(call.file()) && calls(other, cls.name()) > 1) return false;
        }
        return true;
    }

    /** Calls of {@code name} in the file: {@code name(...)}, definitions left out. */
    private static int calls(Source s, String name) {
        Pattern call = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s*\\(");
        Pattern def = Pattern.compile("^\\s*(?:def|class)\\s+" + Pattern.quote(name) + "\\b");
        int n = 0;
        for (String l : s.lines) {
            String code = Source.code(l);
            if (def.matcher(code).find()) continue;
            Matcher m = call.matcher(code);
            while (m.find()) n++;
        }
        return n;
    }

    /** The line (from 1) that assigns {@code name} in [from, to], or null. */
    private static Integer assignment(Source s, String name, int from, int to) {
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s*=[^=]");
        for (int i = from; i <= to; i++) {
            if (p.matcher(s.line(i)).find()) return i;
        }
        return null;
    }
}
