CREATE TABLE `case_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`session_id` text,
	`date` text NOT NULL,
	`case_code` text NOT NULL,
	`presenting_concern` text DEFAULT '' NOT NULL,
	`discussion` text DEFAULT '' NOT NULL,
	`guidance` text DEFAULT '' NOT NULL,
	`reactions` text DEFAULT '' NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`risk_flags` text DEFAULT '[]' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `supervision_sessions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `case_notes_supervisee_date_idx` ON `case_notes` (`supervisee_id`,`date`);--> statement-breakpoint
CREATE INDEX `case_notes_case_idx` ON `case_notes` (`supervisee_id`,`case_code`,`date`);--> statement-breakpoint
CREATE INDEX `case_notes_session_idx` ON `case_notes` (`session_id`);--> statement-breakpoint
CREATE TABLE `note_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`note_id` text NOT NULL,
	`supervisee_id` text NOT NULL,
	`text` text NOT NULL,
	`due` text,
	`done_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `note_actions_note_idx` ON `note_actions` (`note_id`);--> statement-breakpoint
CREATE INDEX `note_actions_open_idx` ON `note_actions` (`supervisee_id`,`done_at`);