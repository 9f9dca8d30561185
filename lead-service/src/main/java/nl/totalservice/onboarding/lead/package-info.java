/**
 * lead-service: leads, interest, progress view, onboarding steps.
 */
package nl.totalservice.onboarding.lead;
