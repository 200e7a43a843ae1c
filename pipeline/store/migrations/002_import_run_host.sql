-- Which machine and which process incarnation ran an import, so that the next import can tell a
-- crashed run (its process gone, or its pid now reused by another program) from one still running.
ALTER TABLE import_runs ADD COLUMN host TEXT;
ALTER TABLE import_runs ADD COLUMN process_start TEXT;   -- the process's start time as the OS reports it (Linux: /proc/<pid>/stat field 22)

-- Sealing a run hashes the records it wrote (records_run); listings ask for current documents (documents_current).
CREATE INDEX records_run ON records(run_id);
CREATE INDEX documents_run ON documents(run_id);
CREATE INDEX documents_current ON documents(superseded_by);
