import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './organisations';

/**
 * What waits for one person: a join request decided, a contact request received or answered, an
 * accompaniment opened, a moderation outcome... A row holds a kind and ids, never the content of a message
 * or an experience: the notification centre names things when it shows them, in the reader's language, and
 * a row whose subject is gone shows as such.
 */
export const notifications = pgTable(
	'notifications',
	{
		id: uuid().primaryKey().defaultRandom(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** Closed list in core/notifications (e.g. 'membership.approved', 'contact.received'). */
		kind: text().notNull(),
		/** The id of what it is about (membership, contact request, accompaniment, decision...). */
		subjectId: uuid().notNull(),
		/** The organisation it happened in, when there is one (to name it and link to it). */
		organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp({ withTimezone: true })
	},
	(table) => [
		// Once only: the same kind about the same subject reaches a person once (retries, double clicks).
		uniqueIndex('notifications_once_index').on(table.accountId, table.kind, table.subjectId),
		index('notifications_list_index').on(table.accountId, table.createdAt),
		index('notifications_unread_index').on(table.accountId).where(sql`read_at is null`)
	]
);
