package io.lifeboat.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One YAML mapping of a playbook with its fields by name, keeping each key's and value's node so that
 * problems point at the exact line and column. Unknown and duplicate fields are reported on opening.
 */
public final class YamlMap {
    private final YamlReader reader;
    private final MappingNode node;
    private final String path;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(YamlReader reader, MappingNode node, String path) {
        this.reader = reader;
        this.node = node;
        this.path = path;
    }

    /** Opens {@code node} as a mapping with exactly the {@code known} fields; null (reported) when not a mapping. */
    static YamlMap open(YamlReader reader, Node node, String path, List<String> known) {
        if (!(node instanceof MappingNode m)) {
            reader.wrongType(node, path, "a mapping of fields");
            return null;
        }
        YamlMap map = new YamlMap(reader, m, path);
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                reader.error(t.getKeyNode(), path, "field names must be plain words");
                continue;
            }
            String name = k.getValue();
            NodeTuple first = map.fields.get(name);
            if ("<<".equals(name)) {
                reader.error(k, path, "merge keys (<<) are not supported; write the fields out");
            } else if (first != null) {
                reader.error(k, map.path(name), "duplicate field (first at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            } else if (!known.contains(name)) {
                String hint = Suggestions.didYouMean(name, known);
                reader.error(k, path, "unknown field '" + name + "'"
                        + (hint.isEmpty() ? "; expected one of " + String.join(", ", known) : hint));
            } else {
                map.fields.put(name, t);
            }
        }
        return map;
    }

    MappingNode node() {
        return node;
    }

    String path() {
        return path;
    }

    /** The dotted path of a field for messages: {@code notifications.escalate_after}. */
    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return get(field) != null;
    }

    /** The field's value node; null when absent or written as an empty value ({@code ~}, nothing). */
    public Node get(String field) {
        NodeTuple t = fields.get(field);
        if (t == null || reader.isNull(t.getValueNode())) return null;
        return t.getValueNode();
    }

    /** The value of a required field, or null after reporting it missing at the mapping's start. */
    public Node required(String field) {
        Node v = get(field);
        if (v == null) {
            NodeTuple t = fields.get(field);
            if (t != null) {
                reader.error(t.getKeyNode(), path(field), "needs a value");
            } else {
                reader.error(node, path, "missing required field '" + field + "'");
            }
        }
        return v;
    }

    public String text(String field, boolean required) {
        Node v = required ? required(field) : get(field);
        return v == null ? null : reader.text(v, path(field));
    }
}
