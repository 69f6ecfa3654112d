import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { selectRows } from '../../db/sql-helpers';
import { requireActor, type Ctx } from '../shared';

/** Days are counted in the organisations' time zone. */
const ZONE = 'Europe/Paris';

/**
 * Fills a supporter's activity log from what the platform already knows, in one statement per source,
 * each an INSERT … ON CONFLICT DO NOTHING on (account, source key): running it twice, or twice at once,
 * adds nothing, and a dismissed entry (kept as a tombstone) does not return.
 * - accompaniments: one entry per day the supporter wrote in an accompaniment's conversation (dates
 *   only: never who, never what);
 * - sessions: each past occurrence of a group they facilitate (intervision groups give 'intervision'),
 *   and each intervision occurrence where their attendance was recorded.
 * Returns how many entries were added.
 */
export async function importActivityFor(
	db: DatabaseOrTransaction,
	accountId: string,
	now: Date
): Promise<number> {
	const at = now.toISOString();
	const fromAccompaniments = await selectRows<{ id: string }>(
		db,
		sql`insert into activity_entries (account_id, organisation_id, kind, occurred_on, source, source_key, created_at)
		select distinct on (a.id, day) a.supporter_id, c.organisation_id, 'accompaniment', day, 'accompaniment',
			'accompaniment:' || a.id || ':' || day, ${at}::timestamptz
		from accompaniments a
		join conversations c on c.accompaniment_id = a.id
		join messages m on m.conversation_id = c.id and m.author_id = a.supporter_id
		cross join lateral (select (m.created_at at time zone ${ZONE})::date as day) d
		where a.supporter_id = ${accountId}
		on conflict (account_id, source_key) do nothing
		returning id`
	);
	const fromSessions = await selectRows<{ id: string }>(
		db,
		sql`insert into activity_entries (account_id, organisation_id, kind, occurred_on, duration_minutes, source, source_key, created_at)
		select ${accountId}::uuid, o.organisation_id,
			case when g.kind = 'intervision' then 'intervision' else 'group_facilitation' end,
			(o.starts_at at time zone ${ZONE})::date,
			(extract(epoch from (o.ends_at - o.starts_at)) / 60)::int,
			'session', 'session:' || o.id, ${at}::timestamptz
		from session_occurrences o
		join peer_groups g on g.id = o.group_id
		where o.status = 'scheduled' and o.ends_at <= ${at}::timestamptz
			and (exists (select 1 from group_members gm where gm.group_id = g.id and gm.account_id = ${accountId}
					and gm.role = 'facilitator' and gm.status = 'active')
				or (g.kind = 'intervision' and exists (select 1 from session_registrations r
					where r.occurrence_id = o.id and r.account_id = ${accountId} and r.attended = true)))
		on conflict (account_id, source_key) do nothing
		returning id`
	);
	return fromAccompaniments.length + fromSessions.length;
}

/** The supporter asks for their log to be filled from their accompaniments and sessions. */
export async function importMyActivity(ctx: Ctx) {
	const actor = requireActor(ctx);
	return { added: await importActivityFor(ctx.db, actor.accountId, ctx.clock.now()) };
}
