package nl.totalservice.onboarding.archfixture.restleak.order.rest;

public record OrderView(String id) {
}
