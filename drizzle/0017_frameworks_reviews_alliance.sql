CREATE TABLE `alliance_checkins` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`session_id` text,
	`checked_on` text NOT NULL,
	`respondent` text NOT NULL,
	`goals` integer NOT NULL,
	`tasks` integer NOT NULL,
	`bond` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `supervision_sessions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `alliance_checkins_supervisee_idx` ON `alliance_checkins` (`supervisee_id`,`checked_on`);--> statement-breakpoint
CREATE TABLE `competency_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`framework_id` text NOT NULL,
	`reviewed_on` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`limitations` text DEFAULT '' NOT NULL,
	`content_sha256` text,
	`finalised_at` text,
	`reopened_at` text,
	`reopen_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competency_reviews_supervisee_idx` ON `competency_reviews` (`supervisee_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `constellation_members` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`covers` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `constellation_supervisee_idx` ON `constellation_members` (`supervisee_id`);--> statement-breakpoint
CREATE TABLE `feedback_received` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`received_on` text NOT NULL,
	`source` text NOT NULL,
	`feedback` text NOT NULL,
	`changed` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `feedback_received_supervisee_idx` ON `feedback_received` (`supervisee_id`,`received_on`);--> statement-breakpoint
CREATE TABLE `frameworks` (
	`id` text PRIMARY KEY NOT NULL,
	`family` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`scale_min` integer NOT NULL,
	`scale_max` integer NOT NULL,
	`half_levels` integer DEFAULT false NOT NULL,
	`target_level` real,
	`level_labels` text DEFAULT '[]' NOT NULL,
	`competencies` text NOT NULL,
	`retired_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `frameworks_version_idx` ON `frameworks` (`family`,`version`);--> statement-breakpoint
CREATE TABLE `rating_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`rating_id` text NOT NULL,
	`session_id` text,
	`note_id` text,
	`reflection_id` text,
	FOREIGN KEY (`rating_id`) REFERENCES `ratings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `supervision_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reflection_id`) REFERENCES `reflections`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "rating_evidence_one_record" CHECK(("rating_evidence"."session_id" is not null) + ("rating_evidence"."note_id" is not null) + ("rating_evidence"."reflection_id" is not null) = 1)
);
--> statement-breakpoint
CREATE INDEX `rating_evidence_rating_idx` ON `rating_evidence` (`rating_id`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`supervisee_id` text NOT NULL,
	`competency_code` text NOT NULL,
	`level` real,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `competency_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_review_idx` ON `ratings` (`review_id`,`competency_code`);--> statement-breakpoint
CREATE INDEX `ratings_supervisee_idx` ON `ratings` (`supervisee_id`,`competency_code`);