import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/client';
import {
	groupMembers,
	memberships,
	peerGroups,
	sessionOccurrences,
	sessionRegistrations
} from '../db/schema';
import { shareDebriefNote, writeDebriefNote } from '../core/gatherings';
import type { Actor, Ctx } from '../core/shared';

type ContextFor = (actor: Actor) => Ctx;

/**
 * The demo's debrief journal and intervision: Sacha, peer supporter in the GEM, keeps one private note and
 * shares another with the GEM (Louise, its coordinator, sees it on /organisations/gem-les-traboules/debriefings).
 * When an intervision group with a coming session exists (seeded by the groups demo), Sacha is confirmed
 * for its next session, so the intervision page can be tried; without one, that part is skipped.
 */
export async function seedDemoIntervision(
	db: Database,
	contextFor: ContextFor,
	people: { sacha: Actor; gemId: string }
) {
	const sacha = contextFor(people.sacha);
	await writeDebriefNote(sacha, {
		whatWasHard:
			'Une longue conversation où la personne parlait de tout arrêter. Je suis resté·e inquiet·e après.',
		whatHelped: 'Lui rappeler le 3114 et savoir que la permanence du GEM était ouverte.',
		whatINeed: 'Dormir, et en reparler à quelqu’un demain.'
	});
	const shared = await writeDebriefNote(sacha, {
		whatWasHard: 'Le groupe de parole de mardi a réveillé des souvenirs de mon hospitalisation.',
		whatHelped: 'La pause café avec les autres pair-aidant·e·s.',
		whatINeed: 'Un temps de débriefing avec la coordination cette semaine.'
	});
	await shareDebriefNote(sacha, { noteId: shared.id, organisationId: people.gemId });
	await seatSachaInIntervision(db, people.sacha.accountId);
}

/** Sacha at the next session of the first intervision group, as a peer supporter of its organisation. */
export async function seatSachaInIntervision(db: Database, accountId: string) {
	const [next] = await db
		.select({
			occurrenceId: sessionOccurrences.id,
			groupId: peerGroups.id,
			organisationId: peerGroups.organisationId,
			charterVersion: peerGroups.charterVersion
		})
		.from(sessionOccurrences)
		.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
		.where(
			and(
				eq(peerGroups.kind, 'intervision'),
				eq(sessionOccurrences.status, 'scheduled'),
				gt(sessionOccurrences.startsAt, new Date())
			)
		)
		.orderBy(asc(sessionOccurrences.startsAt))
		.limit(1);
	if (!next) return;
	const now = new Date();
	// Each step only adds what the groups demo did not already give Sacha.
	await db
		.insert(memberships)
		.values({
			organisationId: next.organisationId,
			accountId,
			role: 'peer_supporter',
			status: 'active',
			charterVersionAccepted: 1,
			charterAcceptedAt: now,
			approvedAt: now
		})
		.onConflictDoNothing();
	await db
		.insert(groupMembers)
		.values({
			groupId: next.groupId,
			accountId,
			role: 'member',
			status: 'active',
			charterVersionAccepted: next.charterVersion,
			charterAcceptedAt: now,
			joinedAt: now
		})
		.onConflictDoNothing();
	await db
		.insert(sessionRegistrations)
		.values({ occurrenceId: next.occurrenceId, accountId, status: 'confirmed' })
		.onConflictDoNothing();
}
