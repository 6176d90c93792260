CREATE TABLE `record_retention` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`extended_until` text,
	`extension_reason` text DEFAULT '' NOT NULL,
	`hold_since` text,
	`hold_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `record_retention_supervisee_idx` ON `record_retention` (`supervisee_id`);