package nl.totalservice.onboarding.notification.delivery;

/** How a notification reaches its recipient. Call notifications are emails to the person who must phone. */
public enum DeliveryChannel {
    EMAIL
}
