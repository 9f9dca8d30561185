package nl.totalservice.onboarding.archfixture.good.order.rest;

import nl.totalservice.onboarding.archfixture.good.order.OrderService;

public class OrderResource {

    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    public OrderView place(String id) {
        return OrderView.of(orders.place(id));
    }
}
