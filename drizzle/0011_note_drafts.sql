CREATE TABLE `note_drafts` (
	`key` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`note_id` text,
	`values` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE cascade
);
