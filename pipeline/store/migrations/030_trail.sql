-- The decision trail: matters (documents about one subject) and links between records
-- (recommendation -> decision / resolution, decision -> resolution, action -> its clause).
-- Derived data: `rebuildTrail` recomputes every row from documents and records, so these
-- tables can be emptied and rebuilt at any time without losing anything imported.

CREATE TABLE matters (
  id            INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,   -- "ref:24/00096" or "title:<normalised title words>"
  reference     TEXT,                   -- the decision reference, for a reference matter
  title         TEXT
);
CREATE INDEX matters_reference ON matters(reference);

CREATE TABLE matter_documents (
  matter_id     INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  reason        TEXT NOT NULL CHECK (reason IN ('reference', 'file_name', 'title')),
  PRIMARY KEY (matter_id, document_id)
);
CREATE INDEX matter_documents_document ON matter_documents(document_id);

CREATE TABLE record_links (
  id            INTEGER PRIMARY KEY,
  from_record   TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  to_record     TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  relation      TEXT NOT NULL CHECK (relation IN ('proposed_as', 'decided_as', 'resolved_as', 'recorded_as', 'action_of')),
  similarity    REAL NOT NULL,          -- mean of Jaccard and containment over content words
  confidence    REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  evidence_json TEXT NOT NULL,          -- LinkEvidence: similarity, labels, dates, bodies, references
  diff_json     TEXT,                   -- {"removed":[...],"added":[...]} when the words differ
  UNIQUE (from_record, to_record, relation)
);
CREATE INDEX record_links_to ON record_links(to_record);

-- When the trail was last rebuilt and from what: a fingerprint of the records and documents, so
-- `trail` can tell stale tables from current ones without recomputing.
CREATE TABLE trail_state (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  built_at      TEXT NOT NULL,
  fingerprint   TEXT NOT NULL,
  links         INTEGER NOT NULL,
  matters       INTEGER NOT NULL
);
