package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML or JSON document read into a Jackson tree that remembers the line of every field and list item, so that a
 * file with a bad value can be reported as "file line N: field: what is wrong". It walks Jackson's token stream, as
 * {@link YamlSettings} does, because a finished tree has no locations.
 *
 * @param root the document; a missing document is a {@code NullNode}
 * @param lines the 1-based line of each node, by JSON Pointer ({@code /parameters/0/key}); the root is {@code ""}
 */
public record LocatedTree(JsonNode root, Map<String, Integer> lines) {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    public LocatedTree {
        requireNonNull(root, "root");
        lines = Map.copyOf(lines);
    }

    /**
     * Parses {@code text}: as JSON when {@code json} is set, else as YAML. Syntax errors are {@link ConfigException}s
     * that start with {@code origin} and name the line where the parser gave up. Duplicate keys are errors too.
     */
    public static LocatedTree parse(String text, String origin, boolean json) {
        ObjectMapper mapper = json ? JSON : YAML;
        JsonFactory factory = mapper.getFactory();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new LocatedTree(JsonNodeFactory.instance.nullNode(), Map.of("", 1));
            }
            JsonNode root = node(parser, "", lines, origin);
            return new LocatedTree(root, lines);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + problem(e) + "; fix the syntax", e);
        } catch (IOException e) {
            throw new ConfigException(origin + ": cannot be read (" + e + ")", e);
        }
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public int line(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /**
     * Where and why the YAML or JSON is broken, as {@code " line N: not valid YAML (why)"}. SnakeYAML's problem mark is
     * where the parser gave up; Jackson's own location is the start of the enclosing context, which may be many lines
     * earlier.
     */
    static String problem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return " line " + (marked.getProblemMark().getLine() + 1) + ": not valid YAML ("
                    + marked.getProblem().strip() + ")";
        }
        String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
        return where + ": not valid YAML (" + e.getOriginalMessage().strip() + ")";
    }

    private static JsonNode node(JsonParser parser, String pointer, Map<String, Integer> lines, String origin)
            throws IOException {
        JsonToken token = parser.currentToken();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (object.has(name)) {
                    throw new ConfigException(
                            origin + " line " + at.getLineNr() + ": key '" + name + "' is given twice; keep one");
                }
                lines.put(child, at.getLineNr());
                parser.nextToken();
                object.set(name, node(parser, child, lines, origin));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(node(parser, pointer + "/" + array.size(), lines, origin));
            }
            return array;
        }
        return parser.readValueAsTree();
    }
}
