package nl.totalservice.onboarding.task.sales;

import java.sql.SQLException;

/** Recognises the database refusing a second open task for a lead (the partial unique index). */
final class OpenTaskConflicts {

    static final String INDEX = "follow_up_task_one_open_per_lead";

    private OpenTaskConflicts() {
    }

    static boolean isOpenTaskConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(INDEX)) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && INDEX.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
