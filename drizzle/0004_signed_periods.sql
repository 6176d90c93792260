CREATE TABLE `signed_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`supervisor_name` text NOT NULL,
	`supervisor_licence` text NOT NULL,
	`signed_on` text NOT NULL,
	`content_sha256` text NOT NULL,
	`reopened_at` text,
	`reopen_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "signed_periods_range_ck" CHECK("signed_periods"."period_end" >= "signed_periods"."period_start")
);
--> statement-breakpoint
CREATE INDEX `signed_periods_supervisee_idx` ON `signed_periods` (`supervisee_id`,`period_start`);