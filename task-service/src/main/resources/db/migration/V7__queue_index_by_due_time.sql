-- The coordinator's queue is ordered urgent first, then by due time (tasks without one last), then
-- oldest: the index follows that order, so a page reads its rows instead of sorting the whole queue.
drop index follow_up_task_queue;
create index follow_up_task_queue on follow_up_task (urgent desc, due_at asc nulls last, created_at, id)
    where status = 'OPEN';
