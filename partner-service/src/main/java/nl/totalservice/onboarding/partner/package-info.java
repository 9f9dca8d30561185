/**
 * partner-service: partner registry, gazetteer, matching.
 */
package nl.totalservice.onboarding.partner;
