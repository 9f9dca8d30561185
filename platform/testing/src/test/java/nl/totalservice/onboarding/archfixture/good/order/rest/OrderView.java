package nl.totalservice.onboarding.archfixture.good.order.rest;

import nl.totalservice.onboarding.archfixture.good.order.Order;

public record OrderView(String id) {

    static OrderView of(Order order) {
        return new OrderView(order.id());
    }
}
