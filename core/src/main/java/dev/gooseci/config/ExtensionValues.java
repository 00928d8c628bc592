package dev.gooseci.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Binds the checked {@code extensions.<name>.*} values to {@link ExtensionSettings}, one server per name. What can
 * only be judged from several keys together (which kind of server, whether its command or URL is there) is checked
 * here, and reported at the file and line of one of the server's keys.
 */
final class ExtensionValues {
    private static final String SECTION = "extensions";

    private final Map<List<String>, Object> values;
    private final Map<List<String>, String> origins;

    ExtensionValues(Map<List<String>, Object> values, Map<List<String>, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    Map<String, ExtensionSettings> bind() {
        TreeSet<String> names = new TreeSet<>();
        values.keySet().stream().filter(path -> path.get(0).equals(SECTION)).forEach(path -> names.add(path.get(1)));
        Map<String, ExtensionSettings> extensions = new TreeMap<>();
        for (String name : names) {
            extensions.put(name, extension(name));
        }
        return extensions;
    }

    private ExtensionSettings extension(String name) {
        String where = origin(name) + ": extensions." + name;
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new ConfigException(where + ": the name may use only letters, digits and '-' (the model sees its"
                    + " tools as " + name + "__tool); rename it");
        }
        Optional<String> command = get(name, "cmd", String.class);
        Optional<String> uri = get(name, "uri", String.class);
        Optional<String> type = get(name, "type", String.class);
        if (type.isEmpty() && command.isPresent() == uri.isPresent()) {
            throw new ConfigException(
                    where + (command.isPresent() ? " has both 'cmd' and 'uri'" : " has neither" + " 'cmd' nor 'uri'")
                            + "; give 'cmd' (and 'args') to start a stdio server, or 'uri' to connect"
                            + " to a streamable_http server, and set 'type' to stdio or streamable_http");
        }
        boolean stdio = type.map("stdio"::equals).orElse(command.isPresent());
        String kind = stdio ? "stdio" : "streamable_http";
        if (stdio && command.isEmpty() || !stdio && uri.isEmpty()) {
            throw new ConfigException(where + " is of type " + kind + " but has no " + (stdio ? "command" : "URL")
                    + "; set its '" + (stdio ? "cmd" : "uri") + "'");
        }
        for (String field : stdio ? List.of("uri", "headers") : List.of("cmd", "args", "env")) {
            if (values.keySet().stream()
                    .anyMatch(path -> path.size() > 2
                            && path.get(1).equals(name)
                            && path.get(0).equals(SECTION)
                            && path.get(2).equals(field))) {
                throw new ConfigException(where + "." + field + " does not apply to a " + kind + " server; remove it"
                        + " or change 'type'");
            }
        }
        return new ExtensionSettings(
                stdio,
                command,
                get(name, "args", List.class).map(ExtensionValues::strings).orElse(List.of()),
                named(name, "env"),
                uri,
                named(name, "headers"),
                get(name, "timeout", Duration.class),
                get(name, "available_tools", List.class)
                        .map(ExtensionValues::strings)
                        .orElse(List.of()),
                get(name, "enabled", Boolean.class).orElse(true));
    }

    /** Where the server is configured: its type's line if given, else its first key's. */
    private String origin(String name) {
        String type = origins.get(List.of(SECTION, name, "type"));
        if (type != null) {
            return type;
        }
        return origins.entrySet().stream()
                .filter(entry -> entry.getKey().get(0).equals(SECTION)
                        && entry.getKey().get(1).equals(name))
                .map(Map.Entry::getValue)
                .sorted()
                .findFirst()
                .orElse(SECTION + "." + name);
    }

    private <T> Optional<T> get(String name, String field, Class<T> type) {
        return Optional.ofNullable(values.get(List.of(SECTION, name, field))).map(type::cast);
    }

    private Map<String, String> named(String name, String field) {
        Map<String, String> named = new TreeMap<>();
        values.forEach((path, value) -> {
            if (path.size() == 4
                    && path.get(0).equals(SECTION)
                    && path.get(1).equals(name)
                    && path.get(2).equals(field)) {
                named.put(path.get(3), (String) value);
            }
        });
        return named;
    }

    private static List<String> strings(List<?> list) {
        return list.stream().map(String.class::cast).toList();
    }
}
