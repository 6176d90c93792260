-- Prefix search as you type asks FTS5 for every word that starts with what was typed. Without a
-- prefix index of that exact length FTS5 merges the lists of all those words on every keystroke,
-- which was most of a search's time at career scale (measured: "risk"* and "rupture"* 4-5 ms
-- each, twice per search). Prefixes of 2 to 8 characters are now indexed; longer prefixes match
-- few words. The index grows by about three quarters. The rows are copied through an ordinary
-- table (inside the encrypted file) because FTS5's options are fixed when its table is made, then
-- the index is merged into one segment.
CREATE TABLE search_index_rows AS
	SELECT rowid AS r, kind, record_id, supervisee_id, day, title, body, tags FROM search_index;
--> statement-breakpoint
DROP TABLE search_index;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_index USING fts5(
	kind UNINDEXED, record_id UNINDEXED, supervisee_id UNINDEXED, day UNINDEXED, title, body, tags,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8'
);
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	SELECT r, kind, record_id, supervisee_id, day, title, body, tags FROM search_index_rows;
--> statement-breakpoint
DROP TABLE search_index_rows;
--> statement-breakpoint
INSERT INTO search_index (search_index) VALUES ('optimize');
