CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`version` integer NOT NULL,
	`frequency` text NOT NULL,
	`format` text DEFAULT '' NOT NULL,
	`feedback` text DEFAULT '' NOT NULL,
	`evaluation_dates` text DEFAULT '[]' NOT NULL,
	`ends_on` text,
	`ending_steps` text DEFAULT '[]' NOT NULL,
	`ending_plan` text DEFAULT '' NOT NULL,
	`reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_version_idx` ON `agreements` (`supervisee_id`,`version`);--> statement-breakpoint
CREATE TABLE `goal_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`goal_id` text NOT NULL,
	`supervisee_id` text NOT NULL,
	`reviewed_on` text NOT NULL,
	`status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `goal_reviews_goal_idx` ON `goal_reviews` (`goal_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`text` text NOT NULL,
	`target_date` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `goals_supervisee_idx` ON `goals` (`supervisee_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `reflections` ADD `goal_id` text REFERENCES goals(id) ON DELETE set null;