import { and, desc, eq, or } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	accompaniments,
	memberships,
	organisations,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations,
	supporterOffers
} from '../../db/schema';
import { canOfferSupport } from '../matching/policy';
import { activeRoles } from '../matching/queries';
import type { GroupKind } from './vocabulary';

/** How many recent sessions and accompaniments the journal offers to link a note to. */
const MOST_CHOICES = 30;

/**
 * Whether the person is a supporter, as the supporter's space decides it (an active peer supporter role in
 * some organisation), or has a supporter offer (kept from a role they since lost: they may still need to
 * write about what they carried).
 */
export async function isSupporter(db: DatabaseOrTransaction, accountId: string): Promise<boolean> {
	if (canOfferSupport({ activeRoles: await activeRoles(db, accountId) })) return true;
	const [offer] = await db
		.select({ accountId: supporterOffers.accountId })
		.from(supporterOffers)
		.where(eq(supporterOffers.accountId, accountId));
	return offer !== undefined;
}

/** Sessions the person was confirmed for or attended: those a debrief note may be linked to. */
export const tookPartIn = (accountId: string) =>
	and(
		eq(sessionRegistrations.accountId, accountId),
		or(eq(sessionRegistrations.status, 'confirmed'), eq(sessionRegistrations.attended, true))
	);

/**
 * What a note may be linked to and shared with: the person's recent sessions (group title and date), their
 * accompaniments as a supporter (a date only: never the other person's name), and the organisations where
 * they are an active member.
 */
export async function debriefChoices(db: DatabaseOrTransaction, accountId: string) {
	const [occurrences, accompanied, organisationRows] = await Promise.all([
		db
			.select({
				id: sessionOccurrences.id,
				startsAt: sessionOccurrences.startsAt,
				groupTitle: peerGroups.title,
				groupKind: peerGroups.kind
			})
			.from(sessionRegistrations)
			.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
			.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
			.where(tookPartIn(accountId))
			.orderBy(desc(sessionOccurrences.startsAt))
			.limit(MOST_CHOICES),
		db
			.select({ id: accompaniments.id, openedAt: accompaniments.openedAt, status: accompaniments.status })
			.from(accompaniments)
			.where(eq(accompaniments.supporterId, accountId))
			.orderBy(desc(accompaniments.openedAt))
			.limit(MOST_CHOICES),
		db
			.select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
			.from(memberships)
			.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
			.where(and(eq(memberships.accountId, accountId), eq(memberships.status, 'active')))
			.orderBy(organisations.name)
	]);
	return {
		occurrences: occurrences.map((row) => ({ ...row, groupKind: row.groupKind as GroupKind })),
		accompaniments: accompanied,
		organisations: organisationRows
	};
}

/** Whether an occurrence and an accompaniment (each optional) are the person's own to link a note to. */
export async function ownsLinks(
	db: DatabaseOrTransaction,
	accountId: string,
	links: { occurrenceId: string | null; accompanimentId: string | null }
) {
	const [occurrence] = links.occurrenceId
		? await db
				.select({ id: sessionRegistrations.id })
				.from(sessionRegistrations)
				.where(and(eq(sessionRegistrations.occurrenceId, links.occurrenceId), tookPartIn(accountId)))
		: [true];
	const [accompaniment] = links.accompanimentId
		? await db
				.select({ id: accompaniments.id })
				.from(accompaniments)
				.where(and(eq(accompaniments.id, links.accompanimentId), eq(accompaniments.supporterId, accountId)))
		: [true];
	return { occurrence: occurrence !== undefined, accompaniment: accompaniment !== undefined };
}
