-- A partner's task list leaves out every lead the partner declined: look up that partner's declines
-- directly, so the list does not scan the declines of all partners ever made.
create index follow_up_task_declined_partner_by_partner on follow_up_task_declined_partner (partner_id, task_id);
