-- Search leaders packed: a term's leaders as one blob in its search_leader_terms row instead of a row each in
-- search_leaders. A search reads all of a term's leaders at once, and two thousand rows cost SQLite and the
-- driver about a microsecond each (2 ms a word, measured on a million records) where one blob costs 0.03 ms.
--
-- leaders: for each leader, three unsigned 32-bit little-endian integers: the record's rowid, the term's
-- occurrences in the record's text and body, and the record's length in tokens (bm25's document length);
-- ordered by score, best first (pipeline/store/search-leaders.ts writes it, packLeaders/unpackLeaders).
--
-- The leaders built before are dropped with their state; the next import builds them again.

DROP TABLE search_leaders;
DROP TABLE search_leader_terms;
DELETE FROM search_leader_state;

CREATE TABLE search_leader_terms (
  term       TEXT PRIMARY KEY,       -- a token as records_fts stores it (porter-stemmed, lower case)
  documents  INTEGER NOT NULL,       -- records holding it when the leaders were chosen
  cut        REAL NOT NULL,          -- bm25's term-frequency part for the best record not among the leaders
  leaders    BLOB NOT NULL           -- the leaders, packed as above
) WITHOUT ROWID;
