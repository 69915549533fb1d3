package dev.playground.ui.settings.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceInputTest {
    @Test
    void prices_take_a_decimal_point_or_comma_and_an_optional_dollar_sign() {
        assertThat(PriceInput.price("2.50")).contains(new BigDecimal("2.50"));
        assertThat(PriceInput.price(" 2,50 ")).contains(new BigDecimal("2.50"));
        assertThat(PriceInput.price("$0")).contains(BigDecimal.ZERO);
        assertThat(PriceInput.price(".5")).contains(new BigDecimal(".5"));
        assertThat(PriceInput.price("-1")).isEmpty();
        assertThat(PriceInput.price("1.000,50")).isEmpty();
        assertThat(PriceInput.price("ten")).isEmpty();
        assertThat(PriceInput.price("")).isEmpty();
    }

    @Test
    void context_windows_take_separators_and_k_or_m() {
        assertThat(PriceInput.window("128000")).contains(128_000);
        assertThat(PriceInput.window("128,000")).contains(128_000);
        assertThat(PriceInput.window("128.000")).contains(128_000);
        assertThat(PriceInput.window("1 047 576")).contains(1_047_576);
        assertThat(PriceInput.window("128k")).contains(128_000);
        assertThat(PriceInput.window("1M")).contains(1_000_000);
        assertThat(PriceInput.window("1,5m")).contains(1_500_000);
        assertThat(PriceInput.window("12.5")).isEmpty();
        assertThat(PriceInput.window("99999999999")).isEmpty();
        assertThat(PriceInput.window("lots")).isEmpty();
    }
}
