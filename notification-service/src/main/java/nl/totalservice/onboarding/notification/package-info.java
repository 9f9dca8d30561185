/**
 * notification-service: email and call notifications, delivery log.
 */
package nl.totalservice.onboarding.notification;
