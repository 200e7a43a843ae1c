-- decision-trail store, first schema.
-- A document is one version of a file's content (identified by sha256). A path that
-- changes content gets a new document version; the old one is kept and marked superseded.

CREATE TABLE import_runs (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  args_json     TEXT NOT NULL DEFAULT '[]',
  counts_json   TEXT,                    -- {"new":..,"updated":..,"unchanged":..,"skipped":..,"failed":..}
  report_json   TEXT,                    -- failures and skips with their reasons
  records_hash  TEXT,                    -- sha256 over the content hashes of the records this run wrote
  chain_hash    TEXT,                    -- sha256(previous run's chain_hash || records_hash)
  status        TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
  pid           INTEGER,                 -- the importing process, to tell a live run from a crashed one
  sealed_seq    INTEGER UNIQUE           -- order in which runs were sealed into the hash chain
);

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,
  path          TEXT NOT NULL,           -- the path it was first imported from
  name          TEXT NOT NULL,           -- file name without its extension ("doc" in exports)
  format        TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'docx', 'pdf')),
  bytes         INTEGER NOT NULL,
  pages         INTEGER NOT NULL,
  chars         INTEGER NOT NULL,
  title         TEXT,
  body          TEXT,
  date          TEXT,
  doc_type      TEXT,
  meta_json     TEXT NOT NULL,           -- the whole DocumentMeta
  warnings_json TEXT NOT NULL DEFAULT '[]',
  imported_at   TEXT NOT NULL,
  run_id        INTEGER REFERENCES import_runs(id),
  superseded_by INTEGER REFERENCES documents(id),
  superseded_at TEXT
);

-- Every path a document's content has been seen at (the same bytes may live at several paths).
CREATE TABLE document_paths (
  path          TEXT PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id),
  mtime_ms      REAL,
  size          INTEGER,
  seen_at       TEXT NOT NULL
);
CREATE INDEX document_paths_document ON document_paths(document_id);

CREATE TABLE records (
  rowid         INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,    -- stable: derived from document sha256, kind and span
  document_id   INTEGER NOT NULL REFERENCES documents(id),
  kind          TEXT NOT NULL CHECK (kind IN ('decision', 'recommendation', 'resolution', 'action')),
  label         TEXT,
  text          TEXT NOT NULL,
  body          TEXT,
  date          TEXT,
  status        TEXT,
  key_decision  INTEGER CHECK (key_decision IN (0, 1)),
  call_in       INTEGER CHECK (call_in IN (0, 1)),
  procedural    INTEGER NOT NULL CHECK (procedural IN (0, 1)),
  actor         TEXT,
  due           TEXT,
  parent        TEXT,                    -- label of the parent clause (actions)
  parent_id     TEXT,                    -- id of the parent record (actions), when found
  page          INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  quote         TEXT NOT NULL,
  content_hash  TEXT NOT NULL,           -- sha256 over the canonical fields
  run_id        INTEGER REFERENCES import_runs(id)
);
CREATE INDEX records_document ON records(document_id);
CREATE INDEX records_kind ON records(kind);
CREATE INDEX records_body ON records(body);
CREATE INDEX records_date ON records(date);

-- Full-text index over records, set up exactly as `sqlite-utils enable-fts records text body
-- --fts5 --tokenize porter --create-triggers` sets one up, so that sqlite-utils search and
-- Datasette's search box find it. Porter stemming makes report/reports, decide/decided match.
CREATE VIRTUAL TABLE [records_fts] USING FTS5 (
    [text], [body],
    tokenize='porter',
    content=[records]
);
CREATE TRIGGER [records_ai] AFTER INSERT ON [records] BEGIN
  INSERT INTO [records_fts] (rowid, [text], [body]) VALUES (new.rowid, new.[text], new.[body]);
END;
CREATE TRIGGER [records_ad] AFTER DELETE ON [records] BEGIN
  INSERT INTO [records_fts] ([records_fts], rowid, [text], [body]) VALUES('delete', old.rowid, old.[text], old.[body]);
END;
CREATE TRIGGER [records_au] AFTER UPDATE ON [records] BEGIN
  INSERT INTO [records_fts] ([records_fts], rowid, [text], [body]) VALUES('delete', old.rowid, old.[text], old.[body]);
  INSERT INTO [records_fts] (rowid, [text], [body]) VALUES (new.rowid, new.[text], new.[body]);
END;
