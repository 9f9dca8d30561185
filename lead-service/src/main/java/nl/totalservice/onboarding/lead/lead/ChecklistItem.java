package nl.totalservice.onboarding.lead.lead;

/**
 * One document the checklist of step 6 asks for; the lead copies the configured checklist when the
 * step opens, so a later change of the configuration leaves open checklists as they are.
 *
 * @param code     UPPER_SNAKE, unique on the checklist
 * @param label    what the document is, for people
 * @param required whether it must be approved before step 6 completes
 */
public record ChecklistItem(String code, String label, boolean required) {
}
