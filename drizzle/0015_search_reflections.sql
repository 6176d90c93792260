-- Reflections join the search index, and the index learns to filter fast. An index row's rowid
-- becomes its source row's rowid times three, plus 0 for a note, 1 for a session and 2 for a
-- reflection (it was times two before reflections). A new indexed column, `tags`, holds a row's
-- kind, its supervisee and whether a note carries a risk flag as words of their own ("kindnote",
-- "who<id without dashes>", "riskflag"), so filtering by them is a join of FTS5's own lists instead
-- of reading every match's stored columns. The table is made again and filled from the rows.
-- A reflection's title is the prompt as it was asked; its body the answer and its theme tags.
-- Rowids of tables without an integer key can change under VACUUM, which Alliance never runs.
DROP TRIGGER search_index_note_insert;
--> statement-breakpoint
DROP TRIGGER search_index_note_update;
--> statement-breakpoint
DROP TRIGGER search_index_note_delete;
--> statement-breakpoint
DROP TRIGGER search_index_session_insert;
--> statement-breakpoint
DROP TRIGGER search_index_session_update;
--> statement-breakpoint
DROP TRIGGER search_index_session_delete;
--> statement-breakpoint
DROP TABLE search_index;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_index USING fts5(
	kind UNINDEXED, record_id UNINDEXED, supervisee_id UNINDEXED, day UNINDEXED, title, body, tags,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
SELECT rowid * 3 + 0, 'note', id, supervisee_id, date, case_code || ' ' || presenting_concern,
	discussion || char(10) || guidance || char(10) || reactions || char(10) || plan,
	'kindnote who' || replace(supervisee_id, '-', '') || iif(risk_flags != '[]', ' riskflag', '')
FROM case_notes WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
SELECT rowid * 3 + 1, 'session', id, supervisee_id, date, topics,
	summary || char(10) || cases_discussed || char(10) || follow_ups,
	'kindsession who' || replace(supervisee_id, '-', '')
FROM supervision_sessions WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
SELECT rowid * 3 + 2, 'reflection', id, supervisee_id, substr(created_at, 1, 10), prompt_text,
	answer || char(10) || themes,
	'kindreflection who' || replace(supervisee_id, '-', '')
FROM reflections;
--> statement-breakpoint
CREATE TRIGGER search_index_note_insert AFTER INSERT ON case_notes WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	VALUES (new.rowid * 3 + 0, 'note', new.id, new.supervisee_id, new.date, new.case_code || ' ' || new.presenting_concern,
		new.discussion || char(10) || new.guidance || char(10) || new.reactions || char(10) || new.plan,
		'kindnote who' || replace(new.supervisee_id, '-', '') || iif(new.risk_flags != '[]', ' riskflag', ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_index_note_update AFTER UPDATE ON case_notes BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 0;
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	SELECT new.rowid * 3 + 0, 'note', new.id, new.supervisee_id, new.date, new.case_code || ' ' || new.presenting_concern,
		new.discussion || char(10) || new.guidance || char(10) || new.reactions || char(10) || new.plan,
		'kindnote who' || replace(new.supervisee_id, '-', '') || iif(new.risk_flags != '[]', ' riskflag', '')
	WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_note_delete AFTER DELETE ON case_notes BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 0;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_session_insert AFTER INSERT ON supervision_sessions WHEN new.deleted_at IS NULL BEGIN
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	VALUES (new.rowid * 3 + 1, 'session', new.id, new.supervisee_id, new.date, new.topics,
		new.summary || char(10) || new.cases_discussed || char(10) || new.follow_ups,
		'kindsession who' || replace(new.supervisee_id, '-', ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_index_session_update AFTER UPDATE ON supervision_sessions BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 1;
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	SELECT new.rowid * 3 + 1, 'session', new.id, new.supervisee_id, new.date, new.topics,
		new.summary || char(10) || new.cases_discussed || char(10) || new.follow_ups,
		'kindsession who' || replace(new.supervisee_id, '-', '')
	WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_session_delete AFTER DELETE ON supervision_sessions BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER search_index_reflection_insert AFTER INSERT ON reflections BEGIN
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	VALUES (new.rowid * 3 + 2, 'reflection', new.id, new.supervisee_id, substr(new.created_at, 1, 10), new.prompt_text,
		new.answer || char(10) || new.themes,
		'kindreflection who' || replace(new.supervisee_id, '-', ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_index_reflection_update AFTER UPDATE ON reflections BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 2;
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	SELECT new.rowid * 3 + 2, 'reflection', new.id, new.supervisee_id, substr(new.created_at, 1, 10), new.prompt_text,
		new.answer || char(10) || new.themes,
		'kindreflection who' || replace(new.supervisee_id, '-', '');
END;
--> statement-breakpoint
CREATE TRIGGER search_index_reflection_delete AFTER DELETE ON reflections BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 2;
END;
