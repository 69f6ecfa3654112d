ALTER TABLE "conversation_participants" ADD COLUMN "present_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD COLUMN "joined_after_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Group members who joined before this column existed read from their arrival time: the newest message
-- written before they joined becomes their starting point.
UPDATE "conversation_participants" AS participant SET "joined_after_seq" = coalesce((
	SELECT max(message.seq) FROM "messages" AS message
	WHERE message.conversation_id = participant.conversation_id AND message.created_at < participant.joined_at
), 0)
WHERE participant.conversation_id IN (SELECT id FROM "conversations" WHERE kind = 'group');
