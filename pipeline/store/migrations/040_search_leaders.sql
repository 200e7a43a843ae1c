-- Leaders: a quick and exact answer to a one-word search in a large collection (pipeline/store/search-leaders.ts
-- builds them, pipeline/query/search-leaders.ts reads them). For each frequent token of the full-text index, the
-- records in which it scores best under bm25, with the two figures that score is made of; every other record
-- holding the token scored no more than `cut`. Derived data: an import rebuilds it when the collection has grown.

CREATE TABLE search_leaders (
  term          TEXT NOT NULL,       -- a token as records_fts stores it (porter-stemmed, lower case)
  record_rowid  INTEGER NOT NULL,    -- records.rowid
  hits          INTEGER NOT NULL,    -- occurrences of the token in the record's text and body
  tokens        INTEGER NOT NULL,    -- the record's length in tokens, text and body (bm25's document length)
  PRIMARY KEY (term, record_rowid)
) WITHOUT ROWID;

CREATE TABLE search_leader_terms (
  term       TEXT PRIMARY KEY,       -- a token with leaders
  documents  INTEGER NOT NULL,       -- records holding it when the leaders were chosen
  cut        REAL NOT NULL           -- bm25's term-frequency part for the best record not among the leaders
) WITHOUT ROWID;

CREATE TABLE search_leader_state (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  max_rowid       INTEGER NOT NULL,  -- records up to this rowid were weighed; later ones are scored at search time
  records         INTEGER NOT NULL,  -- rows in the full-text index then
  average_tokens  REAL NOT NULL,     -- their average length in tokens then (bm25's avgdl)
  built_at        TEXT NOT NULL
);

-- A record removed or its text changed makes the figures untrue: the state goes, and with it every use
-- of the leaders (search falls back to FTS5 alone) until an import builds them again.
CREATE TRIGGER search_leaders_forget_on_delete AFTER DELETE ON records BEGIN
  DELETE FROM search_leader_state;
END;
CREATE TRIGGER search_leaders_forget_on_update AFTER UPDATE OF text, body ON records BEGIN
  DELETE FROM search_leader_state;
END;
