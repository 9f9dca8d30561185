package nl.totalservice.onboarding.archfixture.good.order;

import java.time.Clock;

public class OrderService {

    private final Clock clock;

    public OrderService(Clock clock) {
        this.clock = clock;
    }

    public Order place(String id) {
        return new Order(id, clock.instant());
    }
}
