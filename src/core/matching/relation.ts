import { and, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DatabaseOrTransaction } from '../../db/client';
import { accompaniments, contactRequests, memberships } from '../../db/schema';
import type { Actor } from '../shared';
import { helpRequestNotHidden } from './queries';
import type { ViewerRelation } from './visibility';

/**
 * Professional partners belong to organisations without being peers there: they are not "members of my
 * organisations" for what people share with their peers (lived experiences, direct messages). They see what
 * is shared with everyone signed in, like anyone else.
 */
const PROFESSIONAL = 'professional';

/** How the viewer relates to a profile's owner, from the database. */
export async function relationBetween(
	db: DatabaseOrTransaction,
	viewer: Actor | null,
	ownerId: string
): Promise<ViewerRelation> {
	const none = { isSelf: false, isSignedIn: false, isSupporterInContact: false, sharesOrganisation: false };
	if (!viewer) return none;
	if (viewer.accountId === ownerId) return { ...none, isSelf: true, isSignedIn: true };
	const mine = alias(memberships, 'mine');
	const theirs = alias(memberships, 'theirs');
	const [common, contact, accompaniment] = await Promise.all([
		db
			.select({ found: sql<number>`1` })
			.from(mine)
			.innerJoin(theirs, eq(theirs.organisationId, mine.organisationId))
			.where(
				and(
					eq(mine.accountId, viewer.accountId),
					eq(mine.status, 'active'),
					ne(mine.role, PROFESSIONAL),
					eq(theirs.accountId, ownerId),
					eq(theirs.status, 'active')
				)
			)
			.limit(1),
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
		sharesOrganisation: common.length > 0,
		isSupporterInContact: contact.length > 0 || accompaniment.length > 0
	};
}
