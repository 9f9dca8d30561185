/**
 * task-service: follow-up tasks. {@code followup} holds the aggregate; {@code intake}, {@code sales},
 * {@code queue}, {@code portal}, {@code calls} and {@code deadlines} work on it; {@code inbound} reads
 * the other services' topics.
 */
package nl.totalservice.onboarding.task;
