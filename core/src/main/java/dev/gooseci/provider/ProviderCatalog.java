package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The providers Goose CI knows, read from {@code providers.yaml} beside this class. Adding an OpenAI-compatible vendor
 * is one row in that file, not a class.
 */
public final class ProviderCatalog {
    private static final String RESOURCE = "providers.yaml";

    private final Map<String, ProviderInfo> byName;

    ProviderCatalog(List<ProviderInfo> providers) {
        Map<String, ProviderInfo> map = new LinkedHashMap<>();
        for (ProviderInfo provider : providers) {
            if (map.put(provider.name(), provider) != null) {
                throw new IllegalArgumentException("provider '" + provider.name() + "' is listed twice");
            }
        }
        this.byName = map;
    }

    /** The catalog shipped in the jar. */
    public static ProviderCatalog load() {
        try (InputStream in = ProviderCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the provider table " + RESOURCE + " is missing from the classpath");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ProviderCatalog(ProviderCatalogReader.read(yaml, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the provider table " + RESOURCE, e);
        }
    }

    /** Every provider, in the order of the table. */
    public List<ProviderInfo> all() {
        return List.copyOf(byName.values());
    }

    public Optional<ProviderInfo> find(String name) {
        requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The provider called {@code name}.
     *
     * @throws IllegalArgumentException listing the known names when there is none
     */
    public ProviderInfo require(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown provider '" + name + "'; choose one of " + String.join(", ", byName.keySet())));
    }
}
