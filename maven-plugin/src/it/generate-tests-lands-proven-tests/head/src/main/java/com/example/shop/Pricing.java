package com.example.shop;

public class Pricing {
    public int total(int unitPrice, int quantity) {
        return unitPrice * quantity;
    }

    public int discounted(int unitPrice, int quantity) {
        int total = total(unitPrice, quantity);
        if (quantity >= 10) {
            return total - total / 10;
        }
        return total;
    }
}
