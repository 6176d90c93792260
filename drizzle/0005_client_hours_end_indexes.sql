CREATE INDEX `client_hours_supervisee_end_idx` ON `client_hours` (`supervisee_id`,`period_end`);--> statement-breakpoint
CREATE INDEX `client_hours_end_idx` ON `client_hours` (`period_end`);