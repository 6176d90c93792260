CREATE TABLE `client_hours` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`session_id` text,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`kind` text NOT NULL,
	`activity` text,
	`hours` real NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `supervision_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "client_hours_hours_ck" CHECK("client_hours"."hours" > 0 and "client_hours"."hours" <= 100),
	CONSTRAINT "client_hours_period_ck" CHECK("client_hours"."period_end" >= "client_hours"."period_start"),
	CONSTRAINT "client_hours_activity_ck" CHECK(("client_hours"."kind" = 'direct' and "client_hours"."activity" is not null) or ("client_hours"."kind" = 'indirect' and "client_hours"."activity" is null))
);
--> statement-breakpoint
CREATE INDEX `client_hours_supervisee_period_idx` ON `client_hours` (`supervisee_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `client_hours_session_idx` ON `client_hours` (`session_id`);--> statement-breakpoint
CREATE TABLE `supervision_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`duration_minutes` integer NOT NULL,
	`format` text NOT NULL,
	`group_size` integer,
	`modality` text NOT NULL,
	`observation` text DEFAULT 'none' NOT NULL,
	`site` text DEFAULT '' NOT NULL,
	`cases_discussed` text DEFAULT '' NOT NULL,
	`topics` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`follow_ups` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sessions_duration_ck" CHECK("supervision_sessions"."duration_minutes" between 1 and 720),
	CONSTRAINT "sessions_group_ck" CHECK(("supervision_sessions"."format" = 'group' and "supervision_sessions"."group_size" >= 3) or ("supervision_sessions"."format" != 'group' and "supervision_sessions"."group_size" is null))
);
--> statement-breakpoint
CREATE INDEX `sessions_supervisee_date_idx` ON `supervision_sessions` (`supervisee_id`,`date`);--> statement-breakpoint
CREATE INDEX `sessions_date_idx` ON `supervision_sessions` (`date`);