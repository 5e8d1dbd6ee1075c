package io.lifeboat.playbook;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.ValueCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Checks one template text: it must compile as mustache, and every variable it names must be one the
 * notification stage provides to the template's audience ({@link TemplateVariables}); item fields of a
 * list only inside that list's section. Problems are reported at the tag's line in the playbook file.
 */
final class TemplateCheck {
    private final YamlReader reader;

    TemplateCheck(YamlReader reader) {
        this.reader = reader;
    }

    void check(ScalarNode node, String path, String audience) {
        TemplateFactory factory = new TemplateFactory();
        Mustache mustache;
        try {
            mustache = factory.compile(node.getValue(), path);
        } catch (MustacheException e) {
            TemplateContext tc = e.getContext();
            long[] at = reader.locate(node, tc == null ? 0 : tc.line(), null);
            reader.errorAt(at[0], at[1], path, "template syntax: " + reason(e));
            return;
        }
        Map<String, List<String>> variables = TemplateVariables.of(audience);
        Deque<List<String>> scopes = new ArrayDeque<>();
        scopes.push(new ArrayList<>(variables.keySet()));
        walk(mustache.getCodes(), factory, node, path, audience, variables, scopes);
    }

    private void walk(Code[] codes, TemplateFactory factory, ScalarNode node, String path, String audience,
                      Map<String, List<String>> variables, Deque<List<String>> scopes) {
        if (codes == null) return;
        for (Code code : codes) {
            if (code instanceof ValueCode || code instanceof IterableCode) {
                String name = code.getName();
                checkName(name, factory.place(code), node, path, audience, scopes);
                if (code instanceof IterableCode) {
                    List<String> inner = new ArrayList<>(variables.getOrDefault(name, List.of()));
                    inner.add(".");
                    scopes.push(inner);
                    walk(code.getCodes(), factory, node, path, audience, variables, scopes);
                    scopes.pop();
                }
            }
        }
    }

    private void checkName(String name, TemplateContext tc, ScalarNode node, String path, String audience,
                           Deque<List<String>> scopes) {
        List<String> visible = new ArrayList<>();
        for (List<String> scope : scopes) {
            if (scope.contains(name)) return;
            visible.addAll(scope);
        }
        Pattern tag = Pattern.compile("\\{\\{[#^&{]?\\s*" + Pattern.quote(name) + "\\s*}");
        long[] at = reader.locate(node, tc == null ? 0 : tc.line(), tag);
        String other = TemplateVariables.audienceWith(name);
        String hint = other != null && !other.equals(audience)
                ? " (it is a " + other + " variable)"
                : Suggestions.didYouMean(name, visible);
        String message = ".".equals(name)
                ? "'{{.}}' is only meaningful inside a section such as {{#segments}}...{{/segments}}"
                : "unknown variable '" + name + "' for a " + audience + " template" + hint
                        + "; see the template variables in playbooks/README.md";
        reader.errorAt(at[0], at[1], path, message);
    }

    /** Mustache's message without its own "@[name:line]" location, which the playbook location replaces. */
    private static String reason(MustacheException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.indexOf(" @[");
        String reason = (at > 0 ? m.substring(0, at) : m).strip();
        return reason.replaceFirst("\\s+in\\s+\\S+:\\d+$", "");
    }
}
