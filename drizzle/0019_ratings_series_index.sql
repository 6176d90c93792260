DROP INDEX `ratings_supervisee_idx`;--> statement-breakpoint
CREATE INDEX `ratings_series_idx` ON `ratings` (`supervisee_id`,`review_id`,`competency_code`,`level`);