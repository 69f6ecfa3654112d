import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { accounts, conversations, memberships } from '../../src/db/schema';
import { signUp } from '../../src/core/accounts';
import { startGroupConversation } from '../../src/core/conversations';
import {
	createHelpRequest,
	decideContactRequest,
	saveSupporterOffer,
	sendContactRequest
} from '../../src/core/matching';
import { createOrganisation, type JoinPolicy, type Role } from '../../src/core/organisations';
import { RecordingEventSink, type Actor, type Clock, type Ctx } from '../../src/core/shared';

export const PASSWORD = 'correct horse battery';

export function fixedClock(start = new Date('2026-11-22T10:00:00Z')): Clock & { advance(ms: number): void } {
	let now = start.getTime();
	return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

export function contextFor(
	db: Database,
	actor: Actor | null,
	overrides: Partial<Ctx> = {}
): Ctx & { events: RecordingEventSink } {
	return {
		db,
		actor,
		clock: { now: () => new Date() },
		events: new RecordingEventSink(),
		...overrides
	} as Ctx & {
		events: RecordingEventSink;
	};
}

export function uniquePseudonym(prefix = 'Membre'): string {
	// Letters only: digits fold into look-alike letters and could collide.
	const suffix = [...randomBytes(8)].map((byte) => 'abcdefghkmnpqrstuvwxyz'[byte % 22]).join('');
	return `${prefix}-${suffix}`;
}

/** Creates an account through the real sign-up use case. */
export async function buildAccount(
	db: Database,
	options: { isInstanceAdmin?: boolean; email?: string } = {}
): Promise<Actor> {
	const pseudonym = uniquePseudonym();
	const created = await signUp(contextFor(db, null), {
		pseudonym,
		password: PASSWORD,
		consent: true,
		email: options.email
	});
	if (options.isInstanceAdmin)
		await db.update(accounts).set({ isInstanceAdmin: true }).where(eq(accounts.id, created.accountId));
	return { accountId: created.accountId, pseudonym, isInstanceAdmin: options.isInstanceAdmin ?? false };
}

/** An organisation with a coordinator (and optionally members with given roles, already approved). */
export async function buildOrganisation(
	db: Database,
	options: { joinPolicy?: JoinPolicy; members?: Role[] } = {}
) {
	const admin = await buildAccount(db, { isInstanceAdmin: true });
	const organisation = await createOrganisation(contextFor(db, admin), {
		name: `GEM ${uniquePseudonym('Test')}`,
		kind: 'gem',
		joinPolicy: options.joinPolicy ?? 'request',
		charter: 'Ici, chacun parle en son nom et à partir de son expérience.'
	});
	const members: Array<Actor & { role: Role; membershipId: string }> = [];
	for (const role of options.members ?? []) {
		const person = await buildAccount(db);
		const [row] = await db
			.insert(memberships)
			.values({
				organisationId: organisation.id,
				accountId: person.accountId,
				role,
				status: 'active',
				charterVersionAccepted: 1,
				charterAcceptedAt: new Date()
			})
			.returning({ id: memberships.id });
		members.push({ ...person, role, membershipId: row!.id });
	}
	return { organisation, coordinator: admin, members };
}

/**
 * `supporter` offers "entente de voix" by chat, `member` asks for it and the supporter accepts: their
 * accompaniment and its conversation are open (both must already be active members of one organisation).
 */
export async function openAccompaniment(
	db: Database,
	member: Actor,
	supporter: Actor
): Promise<{ accompanimentId: string; conversationId: string }> {
	const experienceIds = ['troubles-psychiques/entente-de-voix'];
	await saveSupporterOffer(contextFor(db, supporter), {
		experienceIds,
		formats: ['chat'],
		languages: ['fr'],
		capacity: 3
	});
	const help = await createHelpRequest(contextFor(db, member), { experienceIds, formats: ['chat'] });
	const contact = await sendContactRequest(contextFor(db, member), {
		helpRequestId: help.id,
		supporterId: supporter.accountId
	});
	const { accompanimentId } = await decideContactRequest(contextFor(db, supporter), {
		contactRequestId: contact.id,
		decision: 'accept'
	});
	const [conversation] = await db
		.select({ id: conversations.id })
		.from(conversations)
		.where(eq(conversations.accompanimentId, accompanimentId!));
	return { accompanimentId: accompanimentId!, conversationId: conversation!.id };
}

/** A group conversation opened by an organisation's coordinator with two of its members. */
export async function openGroupOfThree(
	db: Database,
	title = 'Groupe du jeudi'
): Promise<{ conversationId: string; coordinator: Actor; first: Actor; second: Actor }> {
	const { organisation, members } = await buildOrganisation(db, {
		members: ['coordinator', 'member', 'member']
	});
	const [coordinator, first, second] = members as unknown as [Actor, Actor, Actor];
	const { conversationId } = await startGroupConversation(contextFor(db, coordinator), {
		slug: organisation.slug,
		title,
		participantIds: [first.accountId, second.accountId]
	});
	return { conversationId, coordinator, first, second };
}
