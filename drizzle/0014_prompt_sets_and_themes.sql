CREATE TABLE `prepared_prompts` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`session_id` text,
	`set_id` text NOT NULL,
	`set_version` text NOT NULL,
	`prompt_id` text NOT NULL,
	`prompt_text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `supervision_sessions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `prepared_prompts_supervisee_idx` ON `prepared_prompts` (`supervisee_id`,`session_id`);--> statement-breakpoint
CREATE TABLE `prompt_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`model` text NOT NULL,
	`version` integer NOT NULL,
	`prompts` text NOT NULL,
	`retired_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `reflections` ADD `themes` text DEFAULT '[]' NOT NULL;