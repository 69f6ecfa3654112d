import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { selectRows } from '../../db/sql-helpers';
import type { PresenceFacts } from './presence-policy';

export interface ParticipantPresence extends PresenceFacts {
	accountId: string;
}

/**
 * What the presence policy needs about the participants of a conversation (or one of them), as `viewerId`
 * may know it: nothing at all unless the viewer takes part. `presentUntil` never leaves the server.
 */
export async function participantPresence(
	db: DatabaseOrTransaction,
	input: { conversationId: string; viewerId: string; subjectId?: string }
): Promise<ParticipantPresence[]> {
	const { conversationId, viewerId, subjectId } = input;
	const rows = await selectRows<{
		accountId: string;
		showPresence: boolean;
		presentUntil: string | Date | null;
		blocked: boolean;
		closed: boolean;
	}>(
		db,
		sql`select p.account_id as "accountId", p.show_presence as "showPresence",
				p.present_until as "presentUntil",
				exists (select 1 from blocks
					where (blocks.blocker_id = ${viewerId} and blocks.blocked_id = p.account_id)
						or (blocks.blocker_id = p.account_id and blocks.blocked_id = ${viewerId})) as "blocked",
				coalesce((select c.kind = 'accompaniment' and a.status is distinct from 'open'
					from conversations c left join accompaniments a on a.id = c.accompaniment_id
					where c.id = p.conversation_id), false) as "closed"
			from conversation_participants p
			where p.conversation_id = ${conversationId}
				${subjectId === undefined ? sql`` : sql`and p.account_id = ${subjectId}`}
				and exists (select 1 from conversation_participants viewer
					where viewer.conversation_id = p.conversation_id and viewer.account_id = ${viewerId})`
	);
	return rows.map((row) => ({
		accountId: row.accountId,
		isSelf: row.accountId === viewerId,
		showPresence: row.showPresence,
		presentUntil: row.presentUntil === null ? null : new Date(row.presentUntil),
		blocked: row.blocked,
		closed: row.closed
	}));
}

/**
 * Sets how long a participant counts as present. Returns null when they do not take part; otherwise
 * whether they show their presence and whether they were already present before (the joined `before` row
 * is read from the statement's snapshot, so it holds the value as it was).
 */
export async function markPresentUntil(
	db: DatabaseOrTransaction,
	input: { conversationId: string; accountId: string; until: Date; now: Date }
): Promise<{ visible: boolean; wasPresent: boolean } | null> {
	const [row] = await selectRows<{ visible: boolean; wasPresent: boolean }>(
		db,
		sql`update conversation_participants p set present_until = ${input.until.toISOString()}::timestamptz
			from conversation_participants before
			where p.conversation_id = ${input.conversationId} and p.account_id = ${input.accountId}
				and before.conversation_id = p.conversation_id and before.account_id = p.account_id
			returning p.show_presence as "visible",
				coalesce(before.present_until > ${input.now.toISOString()}::timestamptz, false) as "wasPresent"`
	);
	return row ?? null;
}

/**
 * The participant leaves now (their last open stream here closed). Returns whether they were present and
 * show it, i.e. whether others may see a change.
 */
export async function endPresence(
	db: DatabaseOrTransaction,
	input: { conversationId: string; accountId: string; now: Date }
): Promise<boolean> {
	const now = input.now.toISOString();
	const rows = await selectRows<{ visible: boolean }>(
		db,
		sql`update conversation_participants set present_until = ${now}::timestamptz
			where conversation_id = ${input.conversationId} and account_id = ${input.accountId}
				and present_until > ${now}::timestamptz
			returning show_presence as "visible"`
	);
	return rows[0]?.visible ?? false;
}

/** One statement for every (conversation, person) pair with an open stream in this process. */
export async function extendPresence(
	db: DatabaseOrTransaction,
	pairs: ReadonlyArray<{ conversationId: string; accountId: string }>,
	until: Date
): Promise<void> {
	if (pairs.length === 0) return;
	const open = JSON.stringify(pairs.map((pair) => ({ c: pair.conversationId, a: pair.accountId })));
	await db.execute(
		sql`update conversation_participants p set present_until = ${until.toISOString()}::timestamptz
			from jsonb_to_recordset(${open}::jsonb) as open(c uuid, a uuid)
			where p.conversation_id = open.c and p.account_id = open.a`
	);
}

/** Of these pairs, the people who show their presence and are no longer present at `now`. */
export async function departedAmong(
	db: DatabaseOrTransaction,
	pairs: ReadonlyArray<{ conversationId: string; accountId: string }>,
	now: Date
): Promise<Array<{ conversationId: string; accountId: string }>> {
	if (pairs.length === 0) return [];
	const due = JSON.stringify(pairs.map((pair) => ({ c: pair.conversationId, a: pair.accountId })));
	return selectRows(
		db,
		sql`select p.conversation_id as "conversationId", p.account_id as "accountId"
			from conversation_participants p
			join jsonb_to_recordset(${due}::jsonb) as due(c uuid, a uuid)
				on p.conversation_id = due.c and p.account_id = due.a
			where p.show_presence
				and (p.present_until is null or p.present_until <= ${now.toISOString()}::timestamptz)`
	);
}

/** A page view waiting for the next batch: presence pushed to `presentUntil`, read marker to `readUpTo`. */
export interface PendingView {
	conversationId: string;
	accountId: string;
	presentUntil: Date | null;
	readUpTo: number | null;
}

/**
 * Every page view gathered since the last batch in one statement: presence and read markers only move
 * forward (`greatest` ignores nulls). Returns the people who show their presence and were not present
 * before (the joined `before` row is the statement's snapshot): the others are told about them.
 */
export async function recordViews(
	db: DatabaseOrTransaction,
	views: ReadonlyArray<PendingView>,
	now: Date
): Promise<Array<{ conversationId: string; accountId: string }>> {
	if (views.length === 0) return [];
	const batch = JSON.stringify(
		views.map((view) => ({
			c: view.conversationId,
			a: view.accountId,
			u: view.presentUntil?.toISOString() ?? null,
			r: view.readUpTo
		}))
	);
	const rows = await selectRows<{ conversationId: string; accountId: string; cameBack: boolean }>(
		db,
		sql`update conversation_participants p
			set present_until = greatest(p.present_until, view.u), last_read_seq = greatest(p.last_read_seq, view.r)
			from jsonb_to_recordset(${batch}::jsonb) as view(c uuid, a uuid, u timestamptz, r bigint),
				conversation_participants before
			where p.conversation_id = view.c and p.account_id = view.a
				and before.conversation_id = p.conversation_id and before.account_id = p.account_id
			returning p.conversation_id as "conversationId", p.account_id as "accountId",
				(p.show_presence and view.u is not null
					and not coalesce(before.present_until > ${now.toISOString()}::timestamptz, false)) as "cameBack"`
	);
	return rows
		.filter((row) => row.cameBack)
		.map(({ conversationId, accountId }) => ({ conversationId, accountId }));
}
