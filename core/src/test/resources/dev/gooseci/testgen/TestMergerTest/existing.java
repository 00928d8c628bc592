package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricingTest {
    private final Pricing pricing = new Pricing();

    @Test
    void shouldMultiply() {
        assertEquals(6, pricing.total(2, 3));
    }

    private static int twice(int x) {
        return 2 * x;
    }
}
