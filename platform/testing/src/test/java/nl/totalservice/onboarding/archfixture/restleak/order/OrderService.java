package nl.totalservice.onboarding.archfixture.restleak.order;

import nl.totalservice.onboarding.archfixture.restleak.order.rest.OrderView;

/** Returns a response view: the edge's job, done in the domain. */
public class OrderService {

    public OrderView place(String id) {
        return new OrderView(id);
    }
}
