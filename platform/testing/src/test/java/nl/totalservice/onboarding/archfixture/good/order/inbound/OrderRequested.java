package nl.totalservice.onboarding.archfixture.good.order.inbound;

import nl.totalservice.onboarding.archfixture.good.order.OrderService;

public record OrderRequested(String id) {

    void handle(OrderService orders) {
        orders.place(id);
    }
}
