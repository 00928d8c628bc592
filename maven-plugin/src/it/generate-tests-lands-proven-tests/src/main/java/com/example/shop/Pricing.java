package com.example.shop;

public class Pricing {
    public int total(int unitPrice, int quantity) {
        return unitPrice * quantity;
    }
}
