import type { Database } from '../../src/db/client';
import { groupMembers, groupSessions, peerGroups, sessionOccurrences, sessionRegistrations } from '../../src/db/schema';
import type {
	GroupAudience,
	GroupJoinPolicy,
	GroupKind,
	GroupRole,
	RegistrationStatus,
	SessionMode
} from '../../src/core/gatherings/vocabulary';

// Direct inserts for tests that need a group, a session or registrations as a starting point, not as what
// they test (the use cases that create them have their own tests).

/** A group in an organisation, with its charter at version 1. */
export async function insertGroup(
	db: Database,
	options: {
		organisationId: string;
		kind?: GroupKind;
		audience?: GroupAudience;
		joinPolicy?: GroupJoinPolicy;
		title?: string;
		publicProgramme?: boolean;
	}
) {
	const [group] = await db
		.insert(peerGroups)
		.values({
			organisationId: options.organisationId,
			kind: options.kind ?? 'talk',
			audience: options.audience ?? 'members',
			joinPolicy: options.joinPolicy ?? 'open',
			title: options.title ?? 'Groupe de parole du mardi',
			purpose: 'Parler de ce qui nous arrive, entre pairs.',
			charter: 'Ce qui est dit dans le groupe reste dans le groupe.',
			publicProgramme: options.publicProgramme ?? false
		})
		.returning();
	return group!;
}

/** An active member (or facilitator, or companion) who accepted the group's current charter. */
export async function insertGroupMember(
	db: Database,
	options: { groupId: string; accountId: string; role?: GroupRole; charterVersion?: number }
) {
	await db.insert(groupMembers).values({
		groupId: options.groupId,
		accountId: options.accountId,
		role: options.role ?? 'member',
		status: 'active',
		charterVersionAccepted: options.charterVersion ?? 1,
		charterAcceptedAt: new Date(),
		joinedAt: new Date()
	});
}

/** A one-off session of a group and its single occurrence. */
export async function insertOccurrence(
	db: Database,
	options: {
		groupId: string;
		organisationId: string;
		startsAt: Date;
		durationMinutes?: number;
		capacity?: number | null;
		mode?: SessionMode;
		meetingLink?: string | null;
		phoneNumber?: string | null;
		address?: string | null;
	}
) {
	const durationMinutes = options.durationMinutes ?? 90;
	const [session] = await db
		.insert(groupSessions)
		.values({
			groupId: options.groupId,
			startsAt: options.startsAt,
			durationMinutes,
			mode: options.mode ?? 'in_person',
			address: options.address ?? '12 rue des Capucins, 69001 Lyon',
			meetingLink: options.meetingLink ?? null,
			phoneNumber: options.phoneNumber ?? null,
			capacity: options.capacity === undefined ? 12 : options.capacity
		})
		.returning();
	const [occurrence] = await db
		.insert(sessionOccurrences)
		.values({
			sessionId: session!.id,
			groupId: options.groupId,
			organisationId: options.organisationId,
			startsAt: options.startsAt,
			endsAt: new Date(options.startsAt.getTime() + durationMinutes * 60_000)
		})
		.returning();
	return { session: session!, occurrence: occurrence! };
}

/** A registration in a given state (arrival order is insertion order). */
export async function insertRegistration(
	db: Database,
	options: { occurrenceId: string; accountId: string; status?: RegistrationStatus; attended?: boolean | null }
) {
	const [registration] = await db
		.insert(sessionRegistrations)
		.values({
			occurrenceId: options.occurrenceId,
			accountId: options.accountId,
			status: options.status ?? 'confirmed',
			attended: options.attended ?? null
		})
		.returning();
	return registration!;
}
