package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gooseci.config.PriceSetting;
import dev.gooseci.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model prices: the built-in list prices of {@code prices.yaml} (dated by {@link #asOf()}), replaced by the user's
 * {@code prices:} settings model by model. Local providers (Ollama, vLLM, LM Studio, llama.cpp) cost nothing unless
 * the user priced that exact model. A model is found by its exact name, else by the longest known name it starts
 * with at a word boundary ({@code claude-sonnet-4-5-20250929} is priced as {@code claude-sonnet-4-5}), else by the
 * part after a vendor prefix ({@code openai/gpt-4o}); a model found nowhere has an unknown cost, never zero.
 */
public final class PriceTable {
    private static final String RESOURCE = "prices.yaml";
    private static final String BOUNDARIES = "-:@_/";

    private final String asOf;
    private final Set<String> freeProviders;
    private final Map<String, ModelPrice> prices;
    private final Set<String> userPriced;

    private PriceTable(String asOf, Set<String> freeProviders, Map<String, ModelPrice> prices, Set<String> userPriced) {
        this.asOf = asOf;
        this.freeProviders = Set.copyOf(freeProviders);
        this.prices = Map.copyOf(prices);
        this.userPriced = Set.copyOf(userPriced);
    }

    /** The built-in prices alone. */
    public static PriceTable builtIn() {
        return BuiltIn.TABLE;
    }

    /** The built-in prices with the user's {@code prices:} settings applied. */
    public static PriceTable of(Settings settings) {
        return builtIn().withOverrides(settings.prices());
    }

    /** This table with {@code overrides} replacing (or adding) the prices of those model names. */
    public PriceTable withOverrides(Map<String, PriceSetting> overrides) {
        Map<String, ModelPrice> merged = new HashMap<>(prices);
        Set<String> priced = new HashSet<>(userPriced);
        overrides.forEach((model, p) -> {
            String name = model.toLowerCase(Locale.ROOT);
            merged.put(name, new ModelPrice(p.input(), p.output(), p.cacheRead(), p.cacheWrite()));
            priced.add(name);
        });
        return new PriceTable(asOf, freeProviders, merged, priced);
    }

    /** The date the built-in prices were checked, as {@code yyyy-mm-dd}. */
    public String asOf() {
        return asOf;
    }

    /** The price of {@code model} served by {@code provider}, when known. */
    public Optional<ModelPrice> price(String provider, String model) {
        String name = model.toLowerCase(Locale.ROOT);
        if (freeProviders.contains(provider.toLowerCase(Locale.ROOT))) {
            return Optional.of(userPriced.contains(name) ? prices.get(name) : ModelPrice.FREE);
        }
        Optional<ModelPrice> found = lookup(name);
        int slash = name.lastIndexOf('/');
        return found.isPresent() || slash < 0 ? found : lookup(name.substring(slash + 1));
    }

    /** What {@code usage} of {@code model} cost; unknown when the model has no price. */
    public Cost cost(String provider, String model, Usage usage) {
        requireNonNull(usage, "usage");
        return price(provider, model).map(p -> Cost.of(p.cost(usage))).orElse(Cost.UNKNOWN);
    }

    private Optional<ModelPrice> lookup(String name) {
        ModelPrice exact = prices.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String known : prices.keySet()) {
            boolean prefix = name.length() > known.length()
                    && name.startsWith(known)
                    && BOUNDARIES.indexOf(name.charAt(known.length())) >= 0;
            if (prefix && (best == null || known.length() > best.length())) {
                best = known;
            }
        }
        return Optional.ofNullable(best).map(prices::get);
    }

    /** Parses the built-in resource once, on first use. */
    private static final class BuiltIn {
        static final PriceTable TABLE = load();

        private static PriceTable load() {
            try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                JsonNode root = new YAMLMapper().readTree(in);
                Set<String> free = new HashSet<>();
                root.path("free_providers").forEach(p -> free.add(p.asText()));
                Map<String, ModelPrice> prices = new HashMap<>();
                root.path("models").properties().forEach(e -> prices.put(e.getKey(), price(e.getValue())));
                return new PriceTable(root.path("as_of").asText(), free, prices, Set.of());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in " + RESOURCE, e);
            }
        }

        private static ModelPrice price(JsonNode node) {
            BigDecimal input = new BigDecimal(node.path("input").asText());
            return new ModelPrice(
                    input,
                    new BigDecimal(node.path("output").asText()),
                    node.has("cache_read")
                            ? new BigDecimal(node.get("cache_read").asText())
                            : input,
                    node.has("cache_write")
                            ? new BigDecimal(node.get("cache_write").asText())
                            : input);
        }
    }
}
