/**
 * task-service: follow-up tasks, coordinator queue, partner portal.
 */
package nl.totalservice.onboarding.task;
