import { sql } from 'drizzle-orm';
import { contactRequests, memberships, notifications } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';

/** What the header shows a signed-in person, besides messages and moderation. */
export interface WhatWaits {
	/** Unread notifications. */
	notifications: number;
	/** Join requests waiting in the organisations this person coordinates; null when they coordinate none. */
	pendingJoins: number | null;
	/** Contact requests waiting for this peer supporter; null when they support in no organisation. */
	contactRequests: number | null;
}

/** Counts what waits for the actor, in one round trip (the header shows it on every page). */
export async function whatWaits(ctx: Ctx): Promise<WhatWaits> {
	const { accountId } = requireActor(ctx);
	const activeRole = (role: string) =>
		sql`exists (select 1 from ${memberships} where ${memberships.accountId} = ${accountId}
			and ${memberships.status} = 'active' and ${memberships.role} = ${role})`;
	const [row] = await ctx.db
		.select({
			notifications: sql<number>`(select count(*) from ${notifications}
				where ${notifications.accountId} = ${accountId} and ${notifications.readAt} is null)::int`,
			coordinates: sql<boolean>`${activeRole('coordinator')}`,
			pendingJoins: sql<number>`(select count(*) from ${memberships} as waiting
				where waiting.status = 'pending' and waiting.organisation_id in (
					select ${memberships.organisationId} from ${memberships}
					where ${memberships.accountId} = ${accountId} and ${memberships.status} = 'active'
						and ${memberships.role} = 'coordinator'))::int`,
			supports: sql<boolean>`${activeRole('peer_supporter')}`,
			contactRequests: sql<number>`(select count(*) from ${contactRequests}
				where ${contactRequests.supporterId} = ${accountId} and ${contactRequests.status} = 'pending')::int`
		})
		.from(sql`(select 1) as one`);
	return {
		notifications: Number(row?.notifications ?? 0),
		pendingJoins: row?.coordinates ? Number(row.pendingJoins) : null,
		contactRequests: row?.supports ? Number(row.contactRequests) : null
	};
}
