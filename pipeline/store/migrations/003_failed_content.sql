-- Content a reader refused (encrypted, scanned, damaged, not what its extension says), remembered per
-- version of the reading code: an unchanged bad file is not read again on every import, and any change
-- to the readers, the extraction or their dependencies (a new pipeline_version) reads it again.
-- Timeouts and worker crashes are not remembered: they may not happen twice.
CREATE TABLE failed_content (
  sha256           TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  code             TEXT NOT NULL,
  reason           TEXT NOT NULL,
  failed_at        TEXT NOT NULL,
  PRIMARY KEY (sha256, pipeline_version)
);
