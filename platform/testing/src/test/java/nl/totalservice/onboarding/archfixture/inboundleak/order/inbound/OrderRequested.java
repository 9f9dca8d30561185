package nl.totalservice.onboarding.archfixture.inboundleak.order.inbound;

public record OrderRequested(String id) {
}
