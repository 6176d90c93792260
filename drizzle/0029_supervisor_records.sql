CREATE TABLE `supervisor_licences` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`jurisdiction` text DEFAULT '' NOT NULL,
	`renewed_on` text,
	`expires_on` text,
	`training_before_hours` real DEFAULT 0 NOT NULL,
	`training_per_renewal_hours` real DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `supervisor_self_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`done_on` text NOT NULL,
	`next_due_on` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `supervisor_training` (
	`id` text PRIMARY KEY NOT NULL,
	`happened_on` text NOT NULL,
	`hours` real NOT NULL,
	`title` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "supervisor_training_hours_ck" CHECK("supervisor_training"."hours" > 0 and "supervisor_training"."hours" <= 100)
);
--> statement-breakpoint
CREATE INDEX `supervisor_training_day_idx` ON `supervisor_training` (`happened_on`);