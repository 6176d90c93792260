CREATE TABLE `reflection_drafts` (
	`key` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`set_id` text NOT NULL,
	`values` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
