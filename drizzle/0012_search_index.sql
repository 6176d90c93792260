-- Full-text search over case notes and session topics and summaries, inside the encrypted vault.
-- FTS5 (compiled into the bundled SQLite) with unicode61: case folded, diacritics removed; prefix
-- indexes for search as you type. Written by hand: drizzle-kit cannot describe virtual tables.
-- An index row's rowid is its source row's rowid times two, plus 0 for a note and 1 for a session,
-- so triggers find it by rowid. Kept by triggers in the writing transaction, as hours_by_day is;
-- a soft-deleted record leaves the index and comes back on restore.
CREATE VIRTUAL TABLE search_index USING fts5(
	kind UNINDEXED, record_id UNINDEXED, supervisee_id UNINDEXED, day UNINDEXED, title, body,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body)
SELECT rowid * 2, 'note', id, supervisee_id, date, case_code || ' ' || presenting_concern,
	discussion || char(10) || guidance || char(10) || reactions || char(10) || plan
FROM case_notes WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body)
SELECT rowid * 2 + 1, 'session', id, supervisee_id, date, topics,
	summary || char(10) || cases_discussed || char(10) || follow_ups
FROM supervision_sessions WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER search_index_note_insert AFTER INSERT ON case_notes WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body)
	VALUES (new.rowid * 2, 'note', new.id, new.supervisee_id, new.date, new.case_code || ' ' || new.presenting_concern,
		new.discussion || char(10) || new.guidance || char(10) || new.reactions || char(10) || new.plan);
END;
--> statement-breakpoint
CREATE TRIGGER search_index_note_update AFTER UPDATE ON case_notes BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 2;
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body)
	SELECT new.rowid * 2, 'note', new.id, new.supervisee_id, new.date, new.case_code || ' ' || new.presenting_concern,
		new.discussion || char(10) || new.guidance || char(10) || new.reactions || char(10) || new.plan
	WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_note_delete AFTER DELETE ON case_notes BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 2;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_session_insert AFTER INSERT ON supervision_sessions WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body)
	VALUES (new.rowid * 2 + 1, 'session', new.id, new.supervisee_id, new.date, new.topics,
		new.summary || char(10) || new.cases_discussed || char(10) || new.follow_ups);
END;
--> statement-breakpoint
CREATE TRIGGER search_index_session_update AFTER UPDATE ON supervision_sessions BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 2 + 1;
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body)
	SELECT new.rowid * 2 + 1, 'session', new.id, new.supervisee_id, new.date, new.topics,
		new.summary || char(10) || new.cases_discussed || char(10) || new.follow_ups
	WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_session_delete AFTER DELETE ON supervision_sessions BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 2 + 1;
END;
