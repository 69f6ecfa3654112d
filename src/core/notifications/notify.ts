import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { notifications } from '../../db/schema';
import type { DomainEvent } from '../shared';
import type { NotificationKindName } from './kinds';

export interface NotifyInput {
	accountId: string;
	kind: NotificationKindName;
	subjectId: string;
	organisationId?: string | null;
	/** When it happened (the use case's clock); the database's clock when left out. */
	now?: Date;
}

/**
 * Tells one person something waits for them. Called INSIDE the transaction of the use case that causes it
 * (never from an event subscriber): the notification commits with the action, so an acknowledged action is
 * never left untold, and a rolled-back one tells nobody. Once only per (person, kind, subject): a retry or
 * a race inserts nothing. Returns the `notification.created` event to emit after the commit, or null.
 */
export async function notify(tx: DatabaseOrTransaction, input: NotifyInput): Promise<DomainEvent | null> {
	const [row] = await tx
		.insert(notifications)
		.values({
			accountId: input.accountId,
			kind: input.kind,
			subjectId: input.subjectId,
			organisationId: input.organisationId ?? null,
			createdAt: input.now ?? sql`now()`
		})
		.onConflictDoNothing({ target: [notifications.accountId, notifications.kind, notifications.subjectId] })
		.returning({ id: notifications.id });
	return row ? { type: 'notification.created', notificationId: row.id, accountId: input.accountId } : null;
}

/** Several notifications in the same transaction; the events of those actually created. */
export async function notifyAll(tx: DatabaseOrTransaction, inputs: NotifyInput[]): Promise<DomainEvent[]> {
	const events: DomainEvent[] = [];
	for (const input of inputs) {
		const event = await notify(tx, input);
		if (event) events.push(event);
	}
	return events;
}
