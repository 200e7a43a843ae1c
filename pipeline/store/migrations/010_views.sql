-- Views for people and other tools (sqlite3 shell, DB Browser for SQLite, Datasette, sqlite-utils).
-- They hold no data of their own; `search` and `export` do not depend on them.
-- Booleans are stored as 0/1 (NULL = the document does not say).

-- Documents whose content is current: not replaced by a newer version of the same file.
CREATE VIEW current_documents AS
SELECT id, name, path, format, sha256, title, body, date, doc_type, pages, bytes, imported_at
  FROM documents
 WHERE superseded_by IS NULL;

-- Every record of a current document, with the document's name, file, format, hash and title:
-- the same rows `decision-trail export` writes by default. `record_rowid` is the records_fts rowid.
CREATE VIEW records_with_documents AS
SELECT r.rowid        AS record_rowid,
       r.id           AS id,
       d.name         AS doc,
       d.path         AS file,
       d.format       AS format,
       d.sha256       AS sha256,
       d.title        AS title,
       r.kind         AS kind,
       r.label        AS label,
       r.text         AS text,
       r.body         AS body,
       r.date         AS date,
       r.status       AS status,
       r.key_decision AS key_decision,
       r.call_in      AS call_in,
       r.procedural   AS procedural,
       r.actor        AS actor,
       r.due          AS due,
       r.parent       AS parent,
       r.page         AS page,
       r.start        AS start,
       r."end"        AS "end",
       r.quote        AS quote,
       r.document_id  AS document_id
  FROM records r
  JOIN documents d ON d.id = r.document_id
 WHERE d.superseded_by IS NULL;

-- How much each body decided, and when: one row per body and record kind (current documents).
CREATE VIEW decisions_by_body AS
SELECT COALESCE(body, '(no body)')   AS body,
       kind,
       COUNT(*)                      AS records,
       SUM(procedural = 0)           AS substantive,
       COALESCE(SUM(key_decision = 1), 0) AS key_decisions,
       COUNT(DISTINCT document_id)   AS documents,
       MIN(date)                     AS first_date,
       MAX(date)                     AS last_date
  FROM records_with_documents
 GROUP BY COALESCE(body, '(no body)'), kind;

-- Records per month and body, for a timeline (undated records are left out).
CREATE VIEW decisions_by_month AS
SELECT substr(date, 1, 7)            AS month,
       COALESCE(body, '(no body)')   AS body,
       COUNT(*)                      AS records,
       SUM(kind = 'decision')        AS decisions,
       SUM(kind = 'resolution')      AS resolutions,
       SUM(kind = 'recommendation')  AS recommendations,
       SUM(kind = 'action')          AS actions
  FROM records_with_documents
 WHERE date IS NOT NULL
 GROUP BY substr(date, 1, 7), COALESCE(body, '(no body)');

-- Actions with who is to do them, by when, and the clause they belong to (current documents).
CREATE VIEW actions_with_parents AS
SELECT a.id, a.doc, a.file, a.page, a.body, a.date, a.actor, a.due, a.parent AS parent_label,
       p.kind AS parent_kind, p.text AS parent_text, a.text, a.quote
  FROM records_with_documents a
  JOIN records ra ON ra.rowid = a.record_rowid
  LEFT JOIN records p ON p.id = ra.parent_id
 WHERE a.kind = 'action';

-- One row per current document with its counts of each record kind.
CREATE VIEW document_summary AS
SELECT d.name, d.path AS file, d.format, d.title, d.body, d.date, d.doc_type, d.pages,
       COUNT(r.rowid)                                     AS records,
       COALESCE(SUM(r.kind = 'decision'), 0)              AS decisions,
       COALESCE(SUM(r.kind = 'resolution'), 0)            AS resolutions,
       COALESCE(SUM(r.kind = 'recommendation'), 0)        AS recommendations,
       COALESCE(SUM(r.kind = 'action'), 0)                AS actions,
       d.sha256, d.imported_at
  FROM documents d
  LEFT JOIN records r ON r.document_id = d.id
 WHERE d.superseded_by IS NULL
 GROUP BY d.id;

-- Indexes for the filters search and export offer on document name, and for per-document views.
CREATE INDEX documents_name ON documents(name);
