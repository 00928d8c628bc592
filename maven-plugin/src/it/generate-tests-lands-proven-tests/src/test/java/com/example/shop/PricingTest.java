package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricingTest {
    @Test
    void shouldMultiply() {
        assertEquals(6, new Pricing().total(2, 3));
    }
}
