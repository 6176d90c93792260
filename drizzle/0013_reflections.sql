CREATE TABLE `reflections` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`session_id` text,
	`case_code` text,
	`set_id` text NOT NULL,
	`set_version` text NOT NULL,
	`prompt_id` text NOT NULL,
	`prompt_text` text NOT NULL,
	`answer` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `supervision_sessions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reflections_supervisee_idx` ON `reflections` (`supervisee_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `reflections_prompt_idx` ON `reflections` (`supervisee_id`,`set_id`,`prompt_id`,`created_at`);