-- Search index rows get ids of their own (core/search/search-sql.ts): no longer the source row's rowid
-- times three plus the kind. Filled when the generated triggers replace the old ones (0026).
CREATE TABLE `search_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`record_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_rows_record_idx` ON `search_rows` (`record_id`,`kind`);