-- A batch being written says it is alive (issue 26): its writer stamps heartbeat_at when it claims the batch and at
-- each progress step. A batch left RUNNING without a heartbeat for a minute was being written by an instance that
-- stopped — its one transaction rolled back, nothing of it written — and is marked INTERRUPTED on start, to be
-- started again.
alter table import_batch add column heartbeat_at timestamptz;
