CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `supervisees` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`discipline` text NOT NULL,
	`licence_track` text DEFAULT '' NOT NULL,
	`registration_number` text DEFAULT '' NOT NULL,
	`program` text DEFAULT '' NOT NULL,
	`site` text DEFAULT '' NOT NULL,
	`supervision_start` text NOT NULL,
	`supervision_end` text,
	`status` text DEFAULT 'active' NOT NULL,
	`rule_pack` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "supervisees_status_ck" CHECK("supervisees"."status" in ('active','paused','completed')),
	CONSTRAINT "supervisees_dates_ck" CHECK("supervisees"."supervision_end" is null or "supervisees"."supervision_end" >= "supervisees"."supervision_start")
);
--> statement-breakpoint
CREATE INDEX `supervisees_status_idx` ON `supervisees` (`status`);--> statement-breakpoint
CREATE INDEX `supervisees_archived_idx` ON `supervisees` (`archived_at`);