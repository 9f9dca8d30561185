package nl.totalservice.onboarding.archfixture.inboundleak.order;

import nl.totalservice.onboarding.archfixture.inboundleak.order.inbound.OrderRequested;

/** Takes the consumer's payload: the domain knows who calls it. */
public class OrderService {

    public String place(OrderRequested requested) {
        return requested.id();
    }
}
