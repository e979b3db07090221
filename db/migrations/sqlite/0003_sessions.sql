-- Version 3, frozen: signed-in browsers.
CREATE TABLE `sessions` (`id` text,`person_id` integer,`subject` text NOT NULL,`user_key` text NOT NULL DEFAULT "",`email` text NOT NULL DEFAULT "",`name` text NOT NULL DEFAULT "",`roles` text NOT NULL DEFAULT "",`demo` numeric NOT NULL DEFAULT false,`id_token` text NOT NULL DEFAULT "",`refresh_token` text NOT NULL DEFAULT "",`token_expiry` datetime,`created_at` datetime NOT NULL,`last_seen_at` datetime NOT NULL,`expires_at` datetime NOT NULL,`version` integer NOT NULL DEFAULT 1,PRIMARY KEY (`id`));
CREATE INDEX `idx_sessions_expires_at` ON `sessions`(`expires_at`);
CREATE INDEX `idx_sessions_last_seen_at` ON `sessions`(`last_seen_at`);
CREATE INDEX `idx_sessions_person_id` ON `sessions`(`person_id`);
