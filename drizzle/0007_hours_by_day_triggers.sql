-- hours_by_day keeps running totals per supervisee and day (see schema.ts). Triggers keep it in step
-- with supervision_sessions and client_hours inside the writing transaction, so no code path can
-- forget it. Subtractions only ever UPDATE existing rows (never insert), so a cascade from a deleted
-- supervisee, whose hours_by_day rows go with it, cannot recreate them.
-- Counted: a session whose deleted_at is null; an hour entry with no session or a counted session.

-- Backfill from the existing log.
DELETE FROM hours_by_day;
--> statement-breakpoint
INSERT INTO hours_by_day (supervisee_id, day, sessions, individual_minutes, triadic_minutes, group_minutes, in_person_minutes, video_minutes, phone_minutes, unobserved_minutes, live_observed_minutes, video_observed_minutes, audio_observed_minutes)
SELECT s.supervisee_id, s.date,
	count(*),
	sum(iif(s.format = 'individual', s.duration_minutes, 0)),
	sum(iif(s.format = 'triadic', s.duration_minutes, 0)),
	sum(iif(s.format = 'group', s.duration_minutes, 0)),
	sum(iif(s.modality = 'in_person', s.duration_minutes, 0)),
	sum(iif(s.modality = 'video', s.duration_minutes, 0)),
	sum(iif(s.modality = 'phone', s.duration_minutes, 0)),
	sum(iif(s.observation = 'none', s.duration_minutes, 0)),
	sum(iif(s.observation = 'live', s.duration_minutes, 0)),
	sum(iif(s.observation = 'video', s.duration_minutes, 0)),
	sum(iif(s.observation = 'audio', s.duration_minutes, 0))
FROM supervision_sessions s WHERE s.deleted_at IS NULL GROUP BY s.supervisee_id, s.date;
--> statement-breakpoint
INSERT INTO hours_by_day (supervisee_id, day, hour_entries, direct_individual_hours, direct_group_hours, direct_family_hours, direct_couples_hours, direct_assessment_hours, direct_intake_hours, direct_crisis_hours, direct_career_hours, direct_other_hours, indirect_hours)
SELECT h.supervisee_id, h.period_end,
	count(*),
	total(iif(h.kind = 'direct' and h.activity = 'individual', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'group', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'family', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'couples', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'assessment', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'intake', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'crisis', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'career', h.hours, 0)),
	total(iif(h.kind = 'direct' and h.activity = 'other', h.hours, 0)),
	total(iif(h.kind = 'indirect', h.hours, 0))
FROM client_hours h LEFT JOIN supervision_sessions s ON s.id = h.session_id
WHERE s.deleted_at IS NULL
GROUP BY h.supervisee_id, h.period_end
ON CONFLICT (supervisee_id, day) DO UPDATE SET
	hour_entries = hour_entries + excluded.hour_entries,
	direct_individual_hours = direct_individual_hours + excluded.direct_individual_hours,
	direct_group_hours = direct_group_hours + excluded.direct_group_hours,
	direct_family_hours = direct_family_hours + excluded.direct_family_hours,
	direct_couples_hours = direct_couples_hours + excluded.direct_couples_hours,
	direct_assessment_hours = direct_assessment_hours + excluded.direct_assessment_hours,
	direct_intake_hours = direct_intake_hours + excluded.direct_intake_hours,
	direct_crisis_hours = direct_crisis_hours + excluded.direct_crisis_hours,
	direct_career_hours = direct_career_hours + excluded.direct_career_hours,
	direct_other_hours = direct_other_hours + excluded.direct_other_hours,
	indirect_hours = indirect_hours + excluded.indirect_hours;
--> statement-breakpoint
-- A day whose sessions and hour entries are all gone leaves no row behind.
CREATE TRIGGER hours_by_day_drop_empty AFTER UPDATE OF sessions, hour_entries ON hours_by_day
WHEN new.sessions = 0 AND new.hour_entries = 0
BEGIN
	DELETE FROM hours_by_day WHERE supervisee_id = new.supervisee_id AND day = new.day;
END;
--> statement-breakpoint
CREATE TRIGGER hours_by_day_session_added AFTER INSERT ON supervision_sessions
WHEN new.deleted_at IS NULL
BEGIN
	INSERT INTO hours_by_day (supervisee_id, day, sessions, individual_minutes, triadic_minutes, group_minutes, in_person_minutes, video_minutes, phone_minutes, unobserved_minutes, live_observed_minutes, video_observed_minutes, audio_observed_minutes)
	SELECT new.supervisee_id, new.date,
		1,
		iif(new.format = 'individual', new.duration_minutes, 0),
		iif(new.format = 'triadic', new.duration_minutes, 0),
		iif(new.format = 'group', new.duration_minutes, 0),
		iif(new.modality = 'in_person', new.duration_minutes, 0),
		iif(new.modality = 'video', new.duration_minutes, 0),
		iif(new.modality = 'phone', new.duration_minutes, 0),
		iif(new.observation = 'none', new.duration_minutes, 0),
		iif(new.observation = 'live', new.duration_minutes, 0),
		iif(new.observation = 'video', new.duration_minutes, 0),
		iif(new.observation = 'audio', new.duration_minutes, 0)
	WHERE true
	ON CONFLICT (supervisee_id, day) DO UPDATE SET
		sessions = sessions + excluded.sessions,
		individual_minutes = individual_minutes + excluded.individual_minutes,
		triadic_minutes = triadic_minutes + excluded.triadic_minutes,
		group_minutes = group_minutes + excluded.group_minutes,
		in_person_minutes = in_person_minutes + excluded.in_person_minutes,
		video_minutes = video_minutes + excluded.video_minutes,
		phone_minutes = phone_minutes + excluded.phone_minutes,
		unobserved_minutes = unobserved_minutes + excluded.unobserved_minutes,
		live_observed_minutes = live_observed_minutes + excluded.live_observed_minutes,
		video_observed_minutes = video_observed_minutes + excluded.video_observed_minutes,
		audio_observed_minutes = audio_observed_minutes + excluded.audio_observed_minutes;
END;
--> statement-breakpoint
-- An edit moves the session's share from its old day and values to its new ones; a soft delete or a
-- restore also takes out or puts back the client hours logged with it.
CREATE TRIGGER hours_by_day_session_changed
AFTER UPDATE OF supervisee_id, date, duration_minutes, format, modality, observation, deleted_at ON supervision_sessions
BEGIN
	UPDATE hours_by_day SET
		sessions = sessions - 1,
		individual_minutes = individual_minutes - iif(old.format = 'individual', old.duration_minutes, 0),
		triadic_minutes = triadic_minutes - iif(old.format = 'triadic', old.duration_minutes, 0),
		group_minutes = group_minutes - iif(old.format = 'group', old.duration_minutes, 0),
		in_person_minutes = in_person_minutes - iif(old.modality = 'in_person', old.duration_minutes, 0),
		video_minutes = video_minutes - iif(old.modality = 'video', old.duration_minutes, 0),
		phone_minutes = phone_minutes - iif(old.modality = 'phone', old.duration_minutes, 0),
		unobserved_minutes = unobserved_minutes - iif(old.observation = 'none', old.duration_minutes, 0),
		live_observed_minutes = live_observed_minutes - iif(old.observation = 'live', old.duration_minutes, 0),
		video_observed_minutes = video_observed_minutes - iif(old.observation = 'video', old.duration_minutes, 0),
		audio_observed_minutes = audio_observed_minutes - iif(old.observation = 'audio', old.duration_minutes, 0)
	WHERE old.deleted_at IS NULL AND supervisee_id = old.supervisee_id AND day = old.date;
	INSERT INTO hours_by_day (supervisee_id, day, sessions, individual_minutes, triadic_minutes, group_minutes, in_person_minutes, video_minutes, phone_minutes, unobserved_minutes, live_observed_minutes, video_observed_minutes, audio_observed_minutes)
	SELECT new.supervisee_id, new.date,
		1,
		iif(new.format = 'individual', new.duration_minutes, 0),
		iif(new.format = 'triadic', new.duration_minutes, 0),
		iif(new.format = 'group', new.duration_minutes, 0),
		iif(new.modality = 'in_person', new.duration_minutes, 0),
		iif(new.modality = 'video', new.duration_minutes, 0),
		iif(new.modality = 'phone', new.duration_minutes, 0),
		iif(new.observation = 'none', new.duration_minutes, 0),
		iif(new.observation = 'live', new.duration_minutes, 0),
		iif(new.observation = 'video', new.duration_minutes, 0),
		iif(new.observation = 'audio', new.duration_minutes, 0)
	WHERE new.deleted_at IS NULL
	ON CONFLICT (supervisee_id, day) DO UPDATE SET
		sessions = sessions + excluded.sessions,
		individual_minutes = individual_minutes + excluded.individual_minutes,
		triadic_minutes = triadic_minutes + excluded.triadic_minutes,
		group_minutes = group_minutes + excluded.group_minutes,
		in_person_minutes = in_person_minutes + excluded.in_person_minutes,
		video_minutes = video_minutes + excluded.video_minutes,
		phone_minutes = phone_minutes + excluded.phone_minutes,
		unobserved_minutes = unobserved_minutes + excluded.unobserved_minutes,
		live_observed_minutes = live_observed_minutes + excluded.live_observed_minutes,
		video_observed_minutes = video_observed_minutes + excluded.video_observed_minutes,
		audio_observed_minutes = audio_observed_minutes + excluded.audio_observed_minutes;
	UPDATE hours_by_day SET
		hour_entries = hours_by_day.hour_entries - c.hour_entries,
		direct_individual_hours = hours_by_day.direct_individual_hours - c.direct_individual_hours,
		direct_group_hours = hours_by_day.direct_group_hours - c.direct_group_hours,
		direct_family_hours = hours_by_day.direct_family_hours - c.direct_family_hours,
		direct_couples_hours = hours_by_day.direct_couples_hours - c.direct_couples_hours,
		direct_assessment_hours = hours_by_day.direct_assessment_hours - c.direct_assessment_hours,
		direct_intake_hours = hours_by_day.direct_intake_hours - c.direct_intake_hours,
		direct_crisis_hours = hours_by_day.direct_crisis_hours - c.direct_crisis_hours,
		direct_career_hours = hours_by_day.direct_career_hours - c.direct_career_hours,
		direct_other_hours = hours_by_day.direct_other_hours - c.direct_other_hours,
		indirect_hours = hours_by_day.indirect_hours - c.indirect_hours
	FROM (
		SELECT h.supervisee_id AS supervisee_id, h.period_end AS day,
			count(*) AS hour_entries,
			total(iif(h.kind = 'direct' and h.activity = 'individual', h.hours, 0)) AS direct_individual_hours,
			total(iif(h.kind = 'direct' and h.activity = 'group', h.hours, 0)) AS direct_group_hours,
			total(iif(h.kind = 'direct' and h.activity = 'family', h.hours, 0)) AS direct_family_hours,
			total(iif(h.kind = 'direct' and h.activity = 'couples', h.hours, 0)) AS direct_couples_hours,
			total(iif(h.kind = 'direct' and h.activity = 'assessment', h.hours, 0)) AS direct_assessment_hours,
			total(iif(h.kind = 'direct' and h.activity = 'intake', h.hours, 0)) AS direct_intake_hours,
			total(iif(h.kind = 'direct' and h.activity = 'crisis', h.hours, 0)) AS direct_crisis_hours,
			total(iif(h.kind = 'direct' and h.activity = 'career', h.hours, 0)) AS direct_career_hours,
			total(iif(h.kind = 'direct' and h.activity = 'other', h.hours, 0)) AS direct_other_hours,
			total(iif(h.kind = 'indirect', h.hours, 0)) AS indirect_hours
		FROM client_hours h WHERE h.session_id = old.id GROUP BY h.supervisee_id, h.period_end
	) AS c
	WHERE old.deleted_at IS NULL AND new.deleted_at IS NOT NULL AND hours_by_day.supervisee_id = c.supervisee_id AND hours_by_day.day = c.day;
	INSERT INTO hours_by_day (supervisee_id, day, hour_entries, direct_individual_hours, direct_group_hours, direct_family_hours, direct_couples_hours, direct_assessment_hours, direct_intake_hours, direct_crisis_hours, direct_career_hours, direct_other_hours, indirect_hours)
	SELECT h.supervisee_id, h.period_end,
		count(*),
		total(iif(h.kind = 'direct' and h.activity = 'individual', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'group', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'family', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'couples', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'assessment', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'intake', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'crisis', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'career', h.hours, 0)),
		total(iif(h.kind = 'direct' and h.activity = 'other', h.hours, 0)),
		total(iif(h.kind = 'indirect', h.hours, 0))
	FROM client_hours h WHERE old.deleted_at IS NOT NULL AND new.deleted_at IS NULL AND h.session_id = new.id GROUP BY h.supervisee_id, h.period_end
	ON CONFLICT (supervisee_id, day) DO UPDATE SET
		hour_entries = hour_entries + excluded.hour_entries,
		direct_individual_hours = direct_individual_hours + excluded.direct_individual_hours,
		direct_group_hours = direct_group_hours + excluded.direct_group_hours,
		direct_family_hours = direct_family_hours + excluded.direct_family_hours,
		direct_couples_hours = direct_couples_hours + excluded.direct_couples_hours,
		direct_assessment_hours = direct_assessment_hours + excluded.direct_assessment_hours,
		direct_intake_hours = direct_intake_hours + excluded.direct_intake_hours,
		direct_crisis_hours = direct_crisis_hours + excluded.direct_crisis_hours,
		direct_career_hours = direct_career_hours + excluded.direct_career_hours,
		direct_other_hours = direct_other_hours + excluded.direct_other_hours,
		indirect_hours = indirect_hours + excluded.indirect_hours;
END;
--> statement-breakpoint
-- BEFORE, so the session's client hours are still there to subtract; their own delete trigger then
-- finds the session gone and leaves the totals alone.
CREATE TRIGGER hours_by_day_session_removed BEFORE DELETE ON supervision_sessions
WHEN old.deleted_at IS NULL
BEGIN
	UPDATE hours_by_day SET
		sessions = sessions - 1,
		individual_minutes = individual_minutes - iif(old.format = 'individual', old.duration_minutes, 0),
		triadic_minutes = triadic_minutes - iif(old.format = 'triadic', old.duration_minutes, 0),
		group_minutes = group_minutes - iif(old.format = 'group', old.duration_minutes, 0),
		in_person_minutes = in_person_minutes - iif(old.modality = 'in_person', old.duration_minutes, 0),
		video_minutes = video_minutes - iif(old.modality = 'video', old.duration_minutes, 0),
		phone_minutes = phone_minutes - iif(old.modality = 'phone', old.duration_minutes, 0),
		unobserved_minutes = unobserved_minutes - iif(old.observation = 'none', old.duration_minutes, 0),
		live_observed_minutes = live_observed_minutes - iif(old.observation = 'live', old.duration_minutes, 0),
		video_observed_minutes = video_observed_minutes - iif(old.observation = 'video', old.duration_minutes, 0),
		audio_observed_minutes = audio_observed_minutes - iif(old.observation = 'audio', old.duration_minutes, 0)
	WHERE supervisee_id = old.supervisee_id AND day = old.date;
	UPDATE hours_by_day SET
		hour_entries = hours_by_day.hour_entries - c.hour_entries,
		direct_individual_hours = hours_by_day.direct_individual_hours - c.direct_individual_hours,
		direct_group_hours = hours_by_day.direct_group_hours - c.direct_group_hours,
		direct_family_hours = hours_by_day.direct_family_hours - c.direct_family_hours,
		direct_couples_hours = hours_by_day.direct_couples_hours - c.direct_couples_hours,
		direct_assessment_hours = hours_by_day.direct_assessment_hours - c.direct_assessment_hours,
		direct_intake_hours = hours_by_day.direct_intake_hours - c.direct_intake_hours,
		direct_crisis_hours = hours_by_day.direct_crisis_hours - c.direct_crisis_hours,
		direct_career_hours = hours_by_day.direct_career_hours - c.direct_career_hours,
		direct_other_hours = hours_by_day.direct_other_hours - c.direct_other_hours,
		indirect_hours = hours_by_day.indirect_hours - c.indirect_hours
	FROM (
		SELECT h.supervisee_id AS supervisee_id, h.period_end AS day,
			count(*) AS hour_entries,
			total(iif(h.kind = 'direct' and h.activity = 'individual', h.hours, 0)) AS direct_individual_hours,
			total(iif(h.kind = 'direct' and h.activity = 'group', h.hours, 0)) AS direct_group_hours,
			total(iif(h.kind = 'direct' and h.activity = 'family', h.hours, 0)) AS direct_family_hours,
			total(iif(h.kind = 'direct' and h.activity = 'couples', h.hours, 0)) AS direct_couples_hours,
			total(iif(h.kind = 'direct' and h.activity = 'assessment', h.hours, 0)) AS direct_assessment_hours,
			total(iif(h.kind = 'direct' and h.activity = 'intake', h.hours, 0)) AS direct_intake_hours,
			total(iif(h.kind = 'direct' and h.activity = 'crisis', h.hours, 0)) AS direct_crisis_hours,
			total(iif(h.kind = 'direct' and h.activity = 'career', h.hours, 0)) AS direct_career_hours,
			total(iif(h.kind = 'direct' and h.activity = 'other', h.hours, 0)) AS direct_other_hours,
			total(iif(h.kind = 'indirect', h.hours, 0)) AS indirect_hours
		FROM client_hours h WHERE h.session_id = old.id GROUP BY h.supervisee_id, h.period_end
	) AS c
	WHERE hours_by_day.supervisee_id = c.supervisee_id AND hours_by_day.day = c.day;
END;
--> statement-breakpoint
CREATE TRIGGER hours_by_day_hours_added AFTER INSERT ON client_hours
WHEN (new.session_id IS NULL OR EXISTS (SELECT 1 FROM supervision_sessions s WHERE s.id = new.session_id AND s.deleted_at IS NULL))
BEGIN
	INSERT INTO hours_by_day (supervisee_id, day, hour_entries, direct_individual_hours, direct_group_hours, direct_family_hours, direct_couples_hours, direct_assessment_hours, direct_intake_hours, direct_crisis_hours, direct_career_hours, direct_other_hours, indirect_hours)
	SELECT new.supervisee_id, new.period_end,
		1,
		iif(new.kind = 'direct' and new.activity = 'individual', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'group', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'family', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'couples', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'assessment', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'intake', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'crisis', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'career', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'other', new.hours, 0),
		iif(new.kind = 'indirect', new.hours, 0)
	WHERE true
	ON CONFLICT (supervisee_id, day) DO UPDATE SET
		hour_entries = hour_entries + excluded.hour_entries,
		direct_individual_hours = direct_individual_hours + excluded.direct_individual_hours,
		direct_group_hours = direct_group_hours + excluded.direct_group_hours,
		direct_family_hours = direct_family_hours + excluded.direct_family_hours,
		direct_couples_hours = direct_couples_hours + excluded.direct_couples_hours,
		direct_assessment_hours = direct_assessment_hours + excluded.direct_assessment_hours,
		direct_intake_hours = direct_intake_hours + excluded.direct_intake_hours,
		direct_crisis_hours = direct_crisis_hours + excluded.direct_crisis_hours,
		direct_career_hours = direct_career_hours + excluded.direct_career_hours,
		direct_other_hours = direct_other_hours + excluded.direct_other_hours,
		indirect_hours = indirect_hours + excluded.indirect_hours;
END;
--> statement-breakpoint
CREATE TRIGGER hours_by_day_hours_changed AFTER UPDATE ON client_hours
BEGIN
	UPDATE hours_by_day SET
		hour_entries = hour_entries - 1,
		direct_individual_hours = direct_individual_hours - iif(old.kind = 'direct' and old.activity = 'individual', old.hours, 0),
		direct_group_hours = direct_group_hours - iif(old.kind = 'direct' and old.activity = 'group', old.hours, 0),
		direct_family_hours = direct_family_hours - iif(old.kind = 'direct' and old.activity = 'family', old.hours, 0),
		direct_couples_hours = direct_couples_hours - iif(old.kind = 'direct' and old.activity = 'couples', old.hours, 0),
		direct_assessment_hours = direct_assessment_hours - iif(old.kind = 'direct' and old.activity = 'assessment', old.hours, 0),
		direct_intake_hours = direct_intake_hours - iif(old.kind = 'direct' and old.activity = 'intake', old.hours, 0),
		direct_crisis_hours = direct_crisis_hours - iif(old.kind = 'direct' and old.activity = 'crisis', old.hours, 0),
		direct_career_hours = direct_career_hours - iif(old.kind = 'direct' and old.activity = 'career', old.hours, 0),
		direct_other_hours = direct_other_hours - iif(old.kind = 'direct' and old.activity = 'other', old.hours, 0),
		indirect_hours = indirect_hours - iif(old.kind = 'indirect', old.hours, 0)
	WHERE (old.session_id IS NULL OR EXISTS (SELECT 1 FROM supervision_sessions s WHERE s.id = old.session_id AND s.deleted_at IS NULL)) AND supervisee_id = old.supervisee_id AND day = old.period_end;
	INSERT INTO hours_by_day (supervisee_id, day, hour_entries, direct_individual_hours, direct_group_hours, direct_family_hours, direct_couples_hours, direct_assessment_hours, direct_intake_hours, direct_crisis_hours, direct_career_hours, direct_other_hours, indirect_hours)
	SELECT new.supervisee_id, new.period_end,
		1,
		iif(new.kind = 'direct' and new.activity = 'individual', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'group', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'family', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'couples', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'assessment', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'intake', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'crisis', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'career', new.hours, 0),
		iif(new.kind = 'direct' and new.activity = 'other', new.hours, 0),
		iif(new.kind = 'indirect', new.hours, 0)
	WHERE (new.session_id IS NULL OR EXISTS (SELECT 1 FROM supervision_sessions s WHERE s.id = new.session_id AND s.deleted_at IS NULL))
	ON CONFLICT (supervisee_id, day) DO UPDATE SET
		hour_entries = hour_entries + excluded.hour_entries,
		direct_individual_hours = direct_individual_hours + excluded.direct_individual_hours,
		direct_group_hours = direct_group_hours + excluded.direct_group_hours,
		direct_family_hours = direct_family_hours + excluded.direct_family_hours,
		direct_couples_hours = direct_couples_hours + excluded.direct_couples_hours,
		direct_assessment_hours = direct_assessment_hours + excluded.direct_assessment_hours,
		direct_intake_hours = direct_intake_hours + excluded.direct_intake_hours,
		direct_crisis_hours = direct_crisis_hours + excluded.direct_crisis_hours,
		direct_career_hours = direct_career_hours + excluded.direct_career_hours,
		direct_other_hours = direct_other_hours + excluded.direct_other_hours,
		indirect_hours = indirect_hours + excluded.indirect_hours;
END;
--> statement-breakpoint
CREATE TRIGGER hours_by_day_hours_removed AFTER DELETE ON client_hours
WHEN (old.session_id IS NULL OR EXISTS (SELECT 1 FROM supervision_sessions s WHERE s.id = old.session_id AND s.deleted_at IS NULL))
BEGIN
	UPDATE hours_by_day SET
		hour_entries = hour_entries - 1,
		direct_individual_hours = direct_individual_hours - iif(old.kind = 'direct' and old.activity = 'individual', old.hours, 0),
		direct_group_hours = direct_group_hours - iif(old.kind = 'direct' and old.activity = 'group', old.hours, 0),
		direct_family_hours = direct_family_hours - iif(old.kind = 'direct' and old.activity = 'family', old.hours, 0),
		direct_couples_hours = direct_couples_hours - iif(old.kind = 'direct' and old.activity = 'couples', old.hours, 0),
		direct_assessment_hours = direct_assessment_hours - iif(old.kind = 'direct' and old.activity = 'assessment', old.hours, 0),
		direct_intake_hours = direct_intake_hours - iif(old.kind = 'direct' and old.activity = 'intake', old.hours, 0),
		direct_crisis_hours = direct_crisis_hours - iif(old.kind = 'direct' and old.activity = 'crisis', old.hours, 0),
		direct_career_hours = direct_career_hours - iif(old.kind = 'direct' and old.activity = 'career', old.hours, 0),
		direct_other_hours = direct_other_hours - iif(old.kind = 'direct' and old.activity = 'other', old.hours, 0),
		indirect_hours = indirect_hours - iif(old.kind = 'indirect', old.hours, 0)
	WHERE supervisee_id = old.supervisee_id AND day = old.period_end;
END;
