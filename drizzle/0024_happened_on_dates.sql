-- What a person records about something that happened carries the day it happened, apart from the
-- moment it was typed (README, "How dates work"): the agreement's version, a goal, a reflection and an action
-- item's completion gain their own day. Existing rows take the local calendar day of the moment they
-- were written, which is what the app showed for them until now. An action item is dated by its
-- note (it was agreed in that consultation), so it needs no column of its own. The timeline and
-- search read the new days; filling reflected_on re-indexes each reflection once, through the
-- search trigger, with its day.
ALTER TABLE `agreements` ADD `agreed_on` text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE `goals` ADD `set_on` text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE `note_actions` ADD `done_on` text;
--> statement-breakpoint
ALTER TABLE `reflections` ADD `reflected_on` text NOT NULL DEFAULT '';
--> statement-breakpoint
CREATE INDEX `reflections_supervisee_day_idx` ON `reflections` (`supervisee_id`,`reflected_on`);
--> statement-breakpoint
DROP VIEW timeline_source;
--> statement-breakpoint
CREATE VIEW timeline_source (id, kind, supervisee_id, at, label, flags, detail) AS
SELECT s.id, 'session', s.supervisee_id, s.date, substr(s.topics, 1, 140), '',
	json_object('minutes', s.duration_minutes, 'format', s.format, 'modality', s.modality)
FROM supervision_sessions s WHERE s.deleted_at IS NULL
UNION ALL
SELECT p.id, 'period_signed', p.supervisee_id, p.signed_on, '', '',
	json_object('from', p.period_start, 'to', p.period_end)
FROM signed_periods p
UNION ALL
SELECT p.id, 'period_reopened', p.supervisee_id, substr(p.reopened_at, 1, 10), '', '',
	json_object('from', p.period_start, 'to', p.period_end)
FROM signed_periods p WHERE p.reopened_at IS NOT NULL
UNION ALL
SELECT n.id, 'note', n.supervisee_id, n.date,
	n.case_code || iif(n.presenting_concern <> '', ' · ' || substr(n.presenting_concern, 1, 120), ''),
	iif(n.risk_flags = '[]', '', n.risk_flags), json_object('caseCode', n.case_code)
FROM case_notes n WHERE n.deleted_at IS NULL
UNION ALL
SELECT a.id, 'action_created', a.supervisee_id, n.date, substr(a.text, 1, 140), '',
	json_object('caseCode', n.case_code, 'noteId', n.id, 'due', a.due, 'done', a.done_at IS NOT NULL)
FROM note_actions a JOIN case_notes n ON n.id = a.note_id WHERE n.deleted_at IS NULL
UNION ALL
SELECT a.id, 'action_due', a.supervisee_id, a.due, substr(a.text, 1, 140), '',
	json_object('caseCode', n.case_code, 'noteId', n.id, 'due', a.due, 'done', a.done_at IS NOT NULL)
FROM note_actions a JOIN case_notes n ON n.id = a.note_id WHERE n.deleted_at IS NULL AND a.due IS NOT NULL
UNION ALL
SELECT a.id, 'action_done', a.supervisee_id, a.done_on, substr(a.text, 1, 140), '',
	json_object('caseCode', n.case_code, 'noteId', n.id, 'due', a.due, 'done', 1)
FROM note_actions a JOIN case_notes n ON n.id = a.note_id WHERE n.deleted_at IS NULL AND a.done_at IS NOT NULL
UNION ALL
SELECT r.id, 'reflection', r.supervisee_id, r.reflected_on, substr(r.prompt_text, 1, 140), '',
	json_object('setId', r.set_id, 'caseCode', r.case_code)
FROM reflections r
UNION ALL
SELECT c.id, 'review', c.supervisee_id, c.reviewed_on, f.name, '',
	json_object('frameworkId', c.framework_id)
FROM competency_reviews c JOIN frameworks f ON f.id = c.framework_id WHERE c.status = 'final'
UNION ALL
SELECT g.id, 'goal_set', g.supervisee_id, g.set_on, substr(g.text, 1, 140), '',
	json_object('target', g.target_date)
FROM goals g
UNION ALL
SELECT v.id, 'goal_review', v.supervisee_id, v.reviewed_on, substr(g.text, 1, 140), '',
	json_object('status', v.status, 'goalId', g.id)
FROM goal_reviews v JOIN goals g ON g.id = v.goal_id
UNION ALL
SELECT a.id, 'agreement', a.supervisee_id, a.agreed_on, coalesce(substr(a.reason, 1, 140), ''), '',
	json_object('version', a.version, 'frequency', a.frequency)
FROM agreements a
UNION ALL
SELECT c.id, 'checkin', c.supervisee_id, c.checked_on, substr(c.comment, 1, 140), '',
	json_object('goals', c.goals, 'tasks', c.tasks, 'bond', c.bond, 'respondent', c.respondent)
FROM alliance_checkins c
UNION ALL
SELECT f.id, 'feedback', f.supervisee_id, f.received_on, substr(f.feedback, 1, 140), '',
	json_object('source', f.source)
FROM feedback_received f;
--> statement-breakpoint
DROP TRIGGER search_index_reflection_insert;
--> statement-breakpoint
DROP TRIGGER search_index_reflection_update;
--> statement-breakpoint
CREATE TRIGGER search_index_reflection_insert AFTER INSERT ON reflections BEGIN
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	VALUES (new.rowid * 3 + 2, 'reflection', new.id, new.supervisee_id, new.reflected_on, new.prompt_text,
		new.answer || char(10) || new.themes,
		'kindreflection who' || replace(new.supervisee_id, '-', ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_index_reflection_update AFTER UPDATE ON reflections BEGIN
	DELETE FROM search_index WHERE rowid = old.rowid * 3 + 2;
	INSERT INTO search_index (rowid, kind, record_id, supervisee_id, day, title, body, tags)
	SELECT new.rowid * 3 + 2, 'reflection', new.id, new.supervisee_id, new.reflected_on, new.prompt_text,
		new.answer || char(10) || new.themes,
		'kindreflection who' || replace(new.supervisee_id, '-', '');
END;
--> statement-breakpoint
UPDATE agreements SET agreed_on = date(created_at, 'localtime');
--> statement-breakpoint
UPDATE goals SET set_on = date(created_at, 'localtime');
--> statement-breakpoint
UPDATE reflections SET reflected_on = date(created_at, 'localtime');
--> statement-breakpoint
UPDATE note_actions SET done_on = date(done_at, 'localtime');
