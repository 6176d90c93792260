DROP INDEX `exchange_packets_chain_idx`;--> statement-breakpoint
ALTER TABLE `exchange_packets` ADD `peer_fingerprint` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_packets_chain_idx` ON `exchange_packets` (`peer_id`,`direction`,`peer_fingerprint`,`seq`);