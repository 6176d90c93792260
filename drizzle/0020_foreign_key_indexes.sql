CREATE INDEX `alliance_checkins_session_idx` ON `alliance_checkins` (`session_id`) WHERE "alliance_checkins"."session_id" is not null;--> statement-breakpoint
CREATE INDEX `competency_reviews_framework_idx` ON `competency_reviews` (`framework_id`);--> statement-breakpoint
CREATE INDEX `goal_reviews_supervisee_idx` ON `goal_reviews` (`supervisee_id`);--> statement-breakpoint
CREATE INDEX `note_drafts_supervisee_idx` ON `note_drafts` (`supervisee_id`);--> statement-breakpoint
CREATE INDEX `note_drafts_note_idx` ON `note_drafts` (`note_id`) WHERE "note_drafts"."note_id" is not null;--> statement-breakpoint
CREATE INDEX `prepared_prompts_session_idx` ON `prepared_prompts` (`session_id`) WHERE "prepared_prompts"."session_id" is not null;--> statement-breakpoint
CREATE INDEX `rating_evidence_session_idx` ON `rating_evidence` (`session_id`) WHERE "rating_evidence"."session_id" is not null;--> statement-breakpoint
CREATE INDEX `rating_evidence_note_idx` ON `rating_evidence` (`note_id`) WHERE "rating_evidence"."note_id" is not null;--> statement-breakpoint
CREATE INDEX `rating_evidence_reflection_idx` ON `rating_evidence` (`reflection_id`) WHERE "rating_evidence"."reflection_id" is not null;--> statement-breakpoint
CREATE INDEX `reflection_drafts_supervisee_idx` ON `reflection_drafts` (`supervisee_id`);--> statement-breakpoint
CREATE INDEX `reflections_session_idx` ON `reflections` (`session_id`) WHERE "reflections"."session_id" is not null;--> statement-breakpoint
CREATE INDEX `reflections_goal_idx` ON `reflections` (`goal_id`) WHERE "reflections"."goal_id" is not null;