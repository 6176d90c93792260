CREATE TABLE `timeline_events` (
	`id` text NOT NULL,
	`kind` text NOT NULL,
	`supervisee_id` text NOT NULL,
	`at` text NOT NULL,
	`label` text NOT NULL,
	`flags` text NOT NULL,
	`detail` text NOT NULL,
	PRIMARY KEY(`id`, `kind`),
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `timeline_supervisee_idx` ON `timeline_events` (`supervisee_id`,`at`,`kind`,`id`);--> statement-breakpoint
CREATE INDEX `timeline_all_idx` ON `timeline_events` (`at`,`kind`,`id`);