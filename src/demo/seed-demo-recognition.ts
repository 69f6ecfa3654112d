import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { groupSessions, peerGroups, sessionOccurrences } from '../db/schema';
import {
	createCredential,
	decideAttestation,
	listAttestationRequests,
	logActivity,
	requestAttestation
} from '../core/recognition';
import type { Actor, Ctx } from '../core/shared';
import { DEMO_GROUP_TITLES } from './seed-demo-groups';

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Sacha's recognition: a DU declared by themself (shown to the GEM's members), an association's training
 * the GEM attested (Louise checked it), a few months of activity typed in (a testimony, a training given,
 * accompaniments), and four months of past Tuesday talk groups they facilitated, NOT yet in their log, so
 * that "Compléter depuis mes accompagnements et séances" has something to find.
 */
export async function seedDemoRecognition(
	db: Database,
	ctxFor: (actor: Actor) => Ctx,
	people: { sacha: Actor; louise: Actor; gemId: string }
): Promise<void> {
	const { sacha, louise, gemId } = people;
	const now = Date.now();
	await createCredential(ctxFor(sacha), {
		kind: 'du_peer_support',
		title: 'DU Pair-aidance en santé mentale',
		issuer: 'Université Claude Bernard Lyon 1',
		startedOn: '2024-06-28',
		audience: 'my_organisations'
	});
	const training = await createCredential(ctxFor(sacha), {
		kind: 'association_training',
		title: 'Formation « Écouter en pair » (5 jours)',
		issuer: 'Association Les Voix du Rhône',
		startedOn: '2023-11-17',
		audience: 'my_organisations'
	});
	await requestAttestation(ctxFor(sacha), { credentialId: training.id, organisationId: gemId });
	const { requests } = await listAttestationRequests(ctxFor(louise), { slug: 'gem-les-traboules' });
	const request = requests.find((entry) => entry.id === training.id)!;
	await decideAttestation(ctxFor(louise), {
		slug: 'gem-les-traboules',
		credentialId: training.id,
		decision: 'attest',
		seenVersion: request.updatedAt.toISOString()
	});
	await createCredential(ctxFor(sacha), {
		kind: 'role',
		role: 'pair_aidant_benevole',
		title: 'Pair-aidant bénévole au GEM Les Traboules',
		issuer: 'GEM Les Traboules',
		startedOn: '2024-09-01',
		audience: 'instance'
	});

	const typedIn = [
		{
			kind: 'testimony',
			daysAgo: 62,
			durationMinutes: 120,
			note: 'IFSI : témoignage devant une promotion de 2e année.'
		},
		{ kind: 'training_given', daysAgo: 34, durationMinutes: 180, note: '' },
		{ kind: 'accompaniment', daysAgo: 90, durationMinutes: 60, note: '' },
		{ kind: 'accompaniment', daysAgo: 41, durationMinutes: 45, note: '' },
		{ kind: 'accompaniment', daysAgo: 12, durationMinutes: 50, note: '' }
	] as const;
	for (const entry of typedIn)
		await logActivity(ctxFor(sacha), {
			kind: entry.kind,
			occurredOn: dayOf(new Date(now - entry.daysAgo * DAY)),
			durationMinutes: entry.durationMinutes,
			organisationId: gemId,
			note: entry.note
		});

	// Past Tuesday talk groups (one-off sessions, already held) that Sacha facilitated.
	const [talk] = await db
		.select({ id: peerGroups.id })
		.from(peerGroups)
		.where(and(eq(peerGroups.organisationId, gemId), eq(peerGroups.title, DEMO_GROUP_TITLES.talk)));
	if (!talk) return;
	for (let weeksAgo = 16; weeksAgo >= 1; weeksAgo -= 1) {
		const startsAt = new Date(now - weeksAgo * 7 * DAY);
		startsAt.setUTCHours(13, 0, 0, 0);
		const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
		const [session] = await db
			.insert(groupSessions)
			.values({
				groupId: talk.id,
				startsAt,
				durationMinutes: 90,
				mode: 'in_person',
				address: '12 rue des Capucins, 69001 Lyon',
				capacity: 12,
				createdBy: sacha.accountId,
				endedAt: endsAt
			})
			.returning({ id: groupSessions.id });
		await db
			.insert(sessionOccurrences)
			.values({
				sessionId: session!.id,
				groupId: talk.id,
				organisationId: gemId,
				startsAt,
				endsAt,
				attendanceRecordedAt: endsAt,
				attendedCount: 6
			});
	}
}
