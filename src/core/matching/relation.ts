import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accompaniments, contactRequests } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import type { Actor } from '../shared';
import { helpRequestNotHidden } from './queries';
import type { ViewerRelation } from './visibility';

/**
 * Professional partners belong to organisations without being peers there: they are not "members of my
 * organisations" for what people share with their peers (lived experiences, direct messages). They see what
 * is shared with everyone signed in, like anyone else.
 */
const PROFESSIONAL = 'professional';

/**
 * The same rule in SQL, for lists: the viewer is an active member (not as a professional partner) of an
 * organisation where the owner is active.
 */
export function sharesOrganisationAsMember(viewerId: string, ownerId: string | AnyColumn): SQL {
	return sql`exists (select 1 from memberships mine
		join memberships theirs on theirs.organisation_id = mine.organisation_id
		where mine.account_id = ${viewerId} and mine.status = 'active' and mine.role <> ${PROFESSIONAL}
			and theirs.account_id = ${ownerId} and theirs.status = 'active')`;
}

/** How the viewer relates to a profile's owner, from the database. */
export async function relationBetween(
	db: DatabaseOrTransaction,
	viewer: Actor | null,
	ownerId: string
): Promise<ViewerRelation> {
	const none = { isSelf: false, isSignedIn: false, isSupporterInContact: false, sharesOrganisation: false };
	if (!viewer) return none;
	if (viewer.accountId === ownerId) return { ...none, isSelf: true, isSignedIn: true };
	const [common, contact, accompaniment] = await Promise.all([
		selectRows<{ shares: boolean }>(
			db,
			sql`select ${sharesOrganisationAsMember(viewer.accountId, ownerId)} as shares`
		),
		// The owner asked this supporter for contact (still waiting) or is accompanied by them: they may see what the
		// owner shares with "my supporters", so they can decide.
		db
			.select({ found: sql<number>`1` })
			.from(contactRequests)
			.where(
				and(
					eq(contactRequests.supporterId, viewer.accountId),
					eq(contactRequests.requesterId, ownerId),
					eq(contactRequests.status, 'pending'),
					helpRequestNotHidden
				)
			)
			.limit(1),
		db
			.select({ found: sql<number>`1` })
			.from(accompaniments)
			.where(
				and(
					eq(accompaniments.supporterId, viewer.accountId),
					eq(accompaniments.requesterId, ownerId),
					eq(accompaniments.status, 'open')
				)
			)
			.limit(1)
	]);
	return {
		...none,
		isSignedIn: true,
		sharesOrganisation: common[0]?.shares === true,
		isSupporterInContact: contact.length > 0 || accompaniment.length > 0
	};
}
