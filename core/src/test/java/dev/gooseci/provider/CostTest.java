package dev.gooseci.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostTest {

    @Test
    void shouldAddKnownCosts() {
        assertThat(Cost.of(new BigDecimal("0.01"))
                        .plus(Cost.of(new BigDecimal("0.0023")))
                        .usd())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0123"));
    }

    @Test
    void shouldStayUnknownOnceAnyPartIsUnknown() {
        assertThat(Cost.UNKNOWN.plus(Cost.ZERO)).isEqualTo(Cost.UNKNOWN);
        assertThat(Cost.of(BigDecimal.TEN).plus(Cost.UNKNOWN).known()).isFalse();
        assertThat(Cost.UNKNOWN.plus(Cost.UNKNOWN).usd()).isEmpty();
    }

    @Test
    void shouldNeverTakeUnknownForZero() {
        assertThat(Cost.UNKNOWN).isNotEqualTo(Cost.ZERO);
        assertThat(Cost.UNKNOWN.toString()).isEqualTo("unknown");
    }

    @Test
    void shouldPrintDollarsToFourDecimals() {
        assertThat(Cost.of(new BigDecimal("0.0123")).toString()).isEqualTo("$0.0123");
        assertThat(Cost.of(new BigDecimal("0.012345")).toString()).isEqualTo("$0.0123");
        assertThat(Cost.of(new BigDecimal("12.5")).toString()).isEqualTo("$12.5000");
        assertThat(Cost.ZERO.toString()).isEqualTo("$0.0000");
    }

    @Test
    void shouldRejectNegativeCosts() {
        assertThatThrownBy(() -> Cost.of(new BigDecimal("-0.01"))).hasMessageContaining("negative");
    }
}
