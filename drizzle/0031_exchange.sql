CREATE TABLE `hours_resolutions` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`line_key` text NOT NULL,
	`action` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`mine` text,
	`theirs` text,
	`at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hours_resolutions_line_idx` ON `hours_resolutions` (`supervisee_id`,`line_key`);--> statement-breakpoint
CREATE TABLE `exchange_identity` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`age_secret` text NOT NULL,
	`age_recipient` text NOT NULL,
	`sign_key_id` text NOT NULL,
	`sign_secret` text NOT NULL,
	`sign_public` text NOT NULL,
	`fingerprint` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `exchange_packets` (
	`id` text PRIMARY KEY NOT NULL,
	`peer_id` text NOT NULL,
	`direction` text NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL,
	`kind` text NOT NULL,
	`period_from` text,
	`period_to` text,
	`records` text NOT NULL,
	`payload` text NOT NULL,
	`minisig` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`peer_id`) REFERENCES `exchange_peers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_packets_chain_idx` ON `exchange_packets` (`peer_id`,`direction`,`seq`);--> statement-breakpoint
CREATE TABLE `exchange_peers` (
	`id` text PRIMARY KEY NOT NULL,
	`supervisee_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`age_recipient` text NOT NULL,
	`sign_public` text NOT NULL,
	`fingerprint` text NOT NULL,
	`confirmed_at` text NOT NULL,
	`changed_card` text,
	`sent_seq` integer DEFAULT 0 NOT NULL,
	`sent_hash` text,
	`received_seq` integer DEFAULT 0 NOT NULL,
	`received_hash` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_id`) REFERENCES `supervisees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_peers_supervisee_idx` ON `exchange_peers` (`supervisee_id`);