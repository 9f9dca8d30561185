package nl.totalservice.onboarding.archfixture.naming.order;

public record OrderDto(String id) {
}
