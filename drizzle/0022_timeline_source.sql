-- The timeline: how each feature's rows become events. timeline_source is the projection (one arm per
-- kind of event); timeline_events holds the same rows, kept equal to it by the triggers below inside
-- the writing transaction, and indexed by (supervisee, day, kind, id) for keyset paging. Each trigger
-- re-reads the view for the one id it touched (SQLite pushes "id = ?" into every arm, each a primary
-- key look-up), so how an event is made is written once, here.
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
SELECT a.id, 'action_created', a.supervisee_id, substr(a.created_at, 1, 10), substr(a.text, 1, 140), '',
	json_object('caseCode', n.case_code, 'noteId', n.id, 'due', a.due, 'done', a.done_at IS NOT NULL)
FROM note_actions a JOIN case_notes n ON n.id = a.note_id WHERE n.deleted_at IS NULL
UNION ALL
SELECT a.id, 'action_due', a.supervisee_id, a.due, substr(a.text, 1, 140), '',
	json_object('caseCode', n.case_code, 'noteId', n.id, 'due', a.due, 'done', a.done_at IS NOT NULL)
FROM note_actions a JOIN case_notes n ON n.id = a.note_id WHERE n.deleted_at IS NULL AND a.due IS NOT NULL
UNION ALL
SELECT a.id, 'action_done', a.supervisee_id, substr(a.done_at, 1, 10), substr(a.text, 1, 140), '',
	json_object('caseCode', n.case_code, 'noteId', n.id, 'due', a.due, 'done', 1)
FROM note_actions a JOIN case_notes n ON n.id = a.note_id WHERE n.deleted_at IS NULL AND a.done_at IS NOT NULL
UNION ALL
SELECT r.id, 'reflection', r.supervisee_id, substr(r.created_at, 1, 10), substr(r.prompt_text, 1, 140), '',
	json_object('setId', r.set_id, 'caseCode', r.case_code)
FROM reflections r
UNION ALL
SELECT c.id, 'review', c.supervisee_id, c.reviewed_on, f.name, '',
	json_object('frameworkId', c.framework_id)
FROM competency_reviews c JOIN frameworks f ON f.id = c.framework_id WHERE c.status = 'final'
UNION ALL
SELECT g.id, 'goal_set', g.supervisee_id, substr(g.created_at, 1, 10), substr(g.text, 1, 140), '',
	json_object('target', g.target_date)
FROM goals g
UNION ALL
SELECT v.id, 'goal_review', v.supervisee_id, v.reviewed_on, substr(g.text, 1, 140), '',
	json_object('status', v.status, 'goalId', g.id)
FROM goal_reviews v JOIN goals g ON g.id = v.goal_id
UNION ALL
SELECT a.id, 'agreement', a.supervisee_id, substr(a.created_at, 1, 10), coalesce(substr(a.reason, 1, 140), ''), '',
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
INSERT INTO timeline_events SELECT * FROM timeline_source;
--> statement-breakpoint
CREATE TRIGGER timeline_sessions_insert AFTER INSERT ON supervision_sessions BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('session') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_sessions_update AFTER UPDATE ON supervision_sessions BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('session') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_sessions_delete AFTER DELETE ON supervision_sessions BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_periods_insert AFTER INSERT ON signed_periods BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('period_signed', 'period_reopened') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_periods_update AFTER UPDATE ON signed_periods BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('period_signed', 'period_reopened') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_periods_delete AFTER DELETE ON signed_periods BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_notes_insert AFTER INSERT ON case_notes BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('note') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_notes_update AFTER UPDATE ON case_notes BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('note') AND id = new.id;
	DELETE FROM timeline_events WHERE id IN (SELECT id FROM note_actions WHERE note_id = new.id);
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('action_created', 'action_due', 'action_done') AND id IN (SELECT id FROM note_actions WHERE note_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER timeline_notes_delete AFTER DELETE ON case_notes BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_actions_insert AFTER INSERT ON note_actions BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('action_created', 'action_due', 'action_done') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_actions_update AFTER UPDATE ON note_actions BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('action_created', 'action_due', 'action_done') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_actions_delete AFTER DELETE ON note_actions BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_reflections_insert AFTER INSERT ON reflections BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('reflection') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_reflections_update AFTER UPDATE ON reflections BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('reflection') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_reflections_delete AFTER DELETE ON reflections BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_reviews_insert AFTER INSERT ON competency_reviews BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('review') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_reviews_update AFTER UPDATE ON competency_reviews BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('review') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_reviews_delete AFTER DELETE ON competency_reviews BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_goals_insert AFTER INSERT ON goals BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('goal_set') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_goals_update AFTER UPDATE ON goals BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('goal_set') AND id = new.id;
	DELETE FROM timeline_events WHERE id IN (SELECT id FROM goal_reviews WHERE goal_id = new.id);
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('goal_review') AND id IN (SELECT id FROM goal_reviews WHERE goal_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER timeline_goals_delete AFTER DELETE ON goals BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_goal_reviews_insert AFTER INSERT ON goal_reviews BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('goal_review') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_goal_reviews_update AFTER UPDATE ON goal_reviews BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('goal_review') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_goal_reviews_delete AFTER DELETE ON goal_reviews BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_agreements_insert AFTER INSERT ON agreements BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('agreement') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_agreements_update AFTER UPDATE ON agreements BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('agreement') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_agreements_delete AFTER DELETE ON agreements BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_checkins_insert AFTER INSERT ON alliance_checkins BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('checkin') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_checkins_update AFTER UPDATE ON alliance_checkins BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('checkin') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_checkins_delete AFTER DELETE ON alliance_checkins BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_feedback_insert AFTER INSERT ON feedback_received BEGIN
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('feedback') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_feedback_update AFTER UPDATE ON feedback_received BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
	INSERT INTO timeline_events SELECT * FROM timeline_source WHERE kind IN ('feedback') AND id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER timeline_feedback_delete AFTER DELETE ON feedback_received BEGIN
	DELETE FROM timeline_events WHERE id = old.id;
END;
