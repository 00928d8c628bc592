package dev.gooseci.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one config file into {@link RawSetting}s, checking its keys as it goes. It walks Jackson's token stream
 * rather than a finished tree so that every key keeps its line number for errors.
 */
final class YamlSettings {
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path file;
    private final List<RawSetting> settings = new ArrayList<>();

    private YamlSettings(Path file) {
        this.file = file;
    }

    /** The settings in {@code file}; an empty file has none. */
    static List<RawSetting> read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(file + ": cannot be read; check that it is a readable file");
        }
        YamlSettings reader = new YamlSettings(file);
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = YAML.createParser(text)) {
            JsonToken root = parser.nextToken();
            if (root == null || root == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (root != JsonToken.START_OBJECT) {
                throw reader.error(
                        parser.currentTokenLocation(),
                        "expected a mapping of settings at the top level" + ", such as 'provider: openai', but found "
                                + describe(root));
            }
            reader.mapping(parser, List.of());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + LocatedTree.problem(e) + "; fix the syntax", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e + "); check that it is a readable file", e);
        }
        return List.copyOf(reader.settings);
    }

    private void mapping(JsonParser parser, List<String> path) throws IOException {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            List<String> key = append(path, name);
            if (!seen.add(name)) {
                throw error(at, "key '" + SettingKeys.dotted(key) + "' is given twice; keep one");
            }
            check(key, at);
            value(parser, key, at);
        }
    }

    private void check(List<String> key, JsonLocation at) {
        if (SettingKeys.valueType(key).isEmpty() && !SettingKeys.isSection(key)) {
            throw error(
                    at,
                    "unknown key '" + SettingKeys.dotted(key) + "'; allowed keys here are "
                            + String.join(", ", SettingKeys.allowedBeside(key)));
        }
    }

    private void value(JsonParser parser, List<String> key, JsonLocation at) throws IOException {
        JsonToken token = parser.nextToken();
        boolean section = SettingKeys.isSection(key);
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        boolean list = SettingKeys.valueType(key).filter(ValueType::isList).isPresent();
        if (token == JsonToken.START_OBJECT && section) {
            mapping(parser, key);
        } else if (token == JsonToken.START_ARRAY && list) {
            settings.add(RawSetting.list(key, items(parser, key), file + " line " + at.getLineNr()));
        } else if (token.isScalarValue() && !section) {
            settings.add(new RawSetting(key, parser.getText(), file + " line " + at.getLineNr(), true));
        } else if (section) {
            throw error(
                    at,
                    "'" + SettingKeys.dotted(key) + "' must be a mapping of keys ("
                            + String.join(", ", SettingKeys.allowedBeside(append(key, SettingKeys.ANY)))
                            + "), but is " + describe(token));
        } else {
            throw error(at, "'" + SettingKeys.dotted(key) + "' takes a single value, but is " + describe(token));
        }
    }

    /** The single values of a list, for a key whose value is a list; a nested list or mapping is an error. */
    private List<String> items(JsonParser parser, List<String> key) throws IOException {
        List<String> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
                throw error(
                        parser.currentTokenLocation(),
                        "'" + SettingKeys.dotted(key) + "' takes a list of single values, but item "
                                + (items.size() + 1) + " is "
                                + (token == JsonToken.VALUE_NULL ? "empty" : describe(token)));
            }
            items.add(parser.getText());
        }
        return items;
    }

    private ConfigException error(JsonLocation at, String message) {
        return new ConfigException(file + " line " + at.getLineNr() + ": " + message);
    }

    private static List<String> append(List<String> path, String name) {
        List<String> key = new ArrayList<>(path);
        key.add(name);
        return key;
    }

    private static String describe(JsonToken token) {
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        return token == JsonToken.START_OBJECT ? "a mapping" : "a single value";
    }
}
