package nl.totalservice.onboarding.archfixture.good.order;

import java.time.Instant;

public record Order(String id, Instant placedAt) {
}
