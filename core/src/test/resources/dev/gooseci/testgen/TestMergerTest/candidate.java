package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PricingGooseCandidateTest {
    private final Pricing pricing = new Pricing();

    @Test
    void shouldMultiply() {
        assertEquals(20, pricing.total(4, 5));
    }

    @Test
    void shouldDiscountTenOrMore() {
        assertEquals(twice(45), pricing.discounted(10, 10));
        assertTrue(List.of(1).contains(1));
    }

    private static int twice(int x) {
        return x + x;
    }
}
