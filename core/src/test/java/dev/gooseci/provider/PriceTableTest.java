package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gooseci.config.PriceSetting;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {
    static final Usage MILLION_IN_MILLION_OUT = Usage.of(1_000_000, 1_000_000);

    @ParameterizedTest(name = "{0}/{1} costs {2}")
    @CsvSource({
        // exact names: input + output for a million tokens each
        "openai,    gpt-4o,                      12.50",
        "openai,    gpt-4o-mini,                 0.75",
        "anthropic, claude-sonnet-4-5,           18.00",
        "gemini,    gemini-2.5-pro,              11.25",
        "deepseek,  deepseek-chat,               0.70",
        "groq,      llama-3.3-70b-versatile,     1.38",
        // dated snapshots and aliases take the longest known prefix
        "anthropic, claude-sonnet-4-5-20250929,  18.00",
        "anthropic, claude-opus-4-1-20250805,    90.00",
        "openai,    gpt-4o-mini-2024-07-18,      0.75",
        "gemini,    gemini-2.5-flash-lite-preview-06-17, 0.50",
        "mistral,   mistral-small-latest,        0.40",
        // a vendor prefix is dropped when the whole name is unknown
        "openrouter, openai/gpt-4.1,             10.00",
        "gemini,    models/gemini-2.5-flash,     2.80",
        // case does not matter
        "openai,    GPT-4o,                      12.50",
    })
    void shouldPriceKnownModels(String provider, String model, String dollars) {
        // when
        Cost cost = PriceTable.builtIn().cost(provider, model, MILLION_IN_MILLION_OUT);

        // then
        assertThat(cost.usd()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(dollars));
    }

    @ParameterizedTest(name = "{0}/{1} is unknown")
    @CsvSource({
        "openai,    gpt-7",
        "openai,    gpt-4",
        "openai,    gpt-4ox",
        "openai,    gpt-5.9",
        "custom,    my-finetune",
    })
    void shouldLeaveUnknownModelsUnknownRatherThanFree(String provider, String model) {
        // when
        Cost cost = PriceTable.builtIn().cost(provider, model, MILLION_IN_MILLION_OUT);

        // then
        assertThat(cost).isEqualTo(Cost.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ollama, llama3.2:3b", "vllm, Qwen/Qwen2.5-Coder-32B", "lmstudio, gpt-4o", "llamacpp, any"})
    void shouldPriceLocalModelsAtZero(String provider, String model) {
        // when
        Cost cost = PriceTable.builtIn().cost(provider, model, new Usage(10_000, 2_000, 500, 100));

        // then
        assertThat(cost.usd()).hasValueSatisfying(v -> assertThat(v).isZero());
    }

    @Test
    void shouldPriceCacheTokensApart() {
        // given: Anthropic's Sonnet 4.5, $3 in, $15 out, $0.30 cache read, $3.75 cache write per million
        Usage usage = new Usage(1_000_000, 0, 2_000_000, 4_000_000);

        // when
        Cost cost = PriceTable.builtIn().cost("anthropic", "claude-sonnet-4-5", usage);

        // then: 3 + 2 * 0.30 + 4 * 3.75
        assertThat(cost.usd()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18.60"));
    }

    @Test
    void shouldLetSettingsOverrideAndAddPrices() {
        // given
        PriceTable table = PriceTable.builtIn()
                .withOverrides(Map.of(
                        "gpt-4o", price("1", "2", "0.5", "1"),
                        "my-finetune", price("4", "8", "4", "4"),
                        "llama3.2:3b", price("0.01", "0.02", "0.01", "0.01")));

        // then
        assertThat(table.cost("openai", "gpt-4o-2024-08-06", MILLION_IN_MILLION_OUT)
                        .usd())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(table.cost("openai", "gpt-4o-mini", MILLION_IN_MILLION_OUT).usd())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.75"));
        assertThat(table.cost("custom", "My-Finetune", MILLION_IN_MILLION_OUT).usd())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
        assertThat(table.cost("ollama", "llama3.2:3b", MILLION_IN_MILLION_OUT).usd())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.03"));
        assertThat(table.cost("ollama", "qwen3:8b", MILLION_IN_MILLION_OUT).usd())
                .hasValueSatisfying(v -> assertThat(v).isZero());
    }

    @Test
    void shouldSayHowOldTheBuiltInPricesAre() {
        assertThat(PriceTable.builtIn().asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void shouldPriceSmallUsageExactly() {
        // given: 1234 input and 567 output tokens of gpt-4o-mini ($0.15 / $0.60 per million)
        Usage usage = Usage.of(1234, 567);

        // when
        Cost cost = PriceTable.builtIn().cost("openai", "gpt-4o-mini", usage);

        // then: 0.0001851 + 0.0003402
        assertThat(cost.usd()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0005253"));
        assertThat(cost).hasToString("$0.0005");
    }

    private static PriceSetting price(String in, String out, String read, String write) {
        return new PriceSetting(new BigDecimal(in), new BigDecimal(out), new BigDecimal(read), new BigDecimal(write));
    }
}
