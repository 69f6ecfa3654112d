import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { sessionOccurrences, sessionRegistrations } from '../../db/schema';
import type { Role } from '../organisations/vocabulary';
import { DomainError, type Actor } from '../shared';
import { canEnterIntervision, canReadIntervision, type IntervisionFacts } from './intervision-policy';
import { loadGroupForActor, type GroupForActor } from './queries';
import type { OccurrenceStatus, RegistrationStatus } from './vocabulary';

export interface IntervisionAccess extends GroupForActor {
	occurrence: { id: string; startsAt: Date; endsAt: Date; status: OccurrenceStatus };
	registration: { id: string; status: RegistrationStatus; pledgedAt: Date | null } | null;
	facts: GroupForActor['facts'];
	intervision: IntervisionFacts;
	pledged: boolean;
}

/**
 * An intervision occurrence as the actor may reach it: NOT_FOUND when it does not exist, is not an
 * intervision, or the actor may not come to its door (canEnterIntervision). `pledged` says whether they
 * may read and write its notes.
 */
export async function loadIntervisionAccess(
	db: DatabaseOrTransaction,
	occurrenceId: string,
	actor: Actor
): Promise<IntervisionAccess> {
	const [occurrence] = await db
		.select({
			id: sessionOccurrences.id,
			groupId: sessionOccurrences.groupId,
			startsAt: sessionOccurrences.startsAt,
			endsAt: sessionOccurrences.endsAt,
			status: sessionOccurrences.status
		})
		.from(sessionOccurrences)
		.where(eq(sessionOccurrences.id, occurrenceId));
	if (!occurrence) throw new DomainError('NOT_FOUND');
	const group = await loadGroupForActor(db, occurrence.groupId, actor);
	const [registration] = await db
		.select({
			id: sessionRegistrations.id,
			status: sessionRegistrations.status,
			pledgedAt: sessionRegistrations.pledgedAt
		})
		.from(sessionRegistrations)
		.where(
			and(
				eq(sessionRegistrations.occurrenceId, occurrenceId),
				eq(sessionRegistrations.accountId, actor.accountId)
			)
		);
	const intervision: IntervisionFacts = {
		groupKind: group.group.kind,
		organisationRole: (group.viewer?.organisationRole as Role | null) ?? null,
		groupMember: group.member ? { role: group.member.role, status: group.member.status } : null,
		registration: registration
			? { status: registration.status as RegistrationStatus, pledged: registration.pledgedAt !== null }
			: null
	};
	if (!canEnterIntervision(intervision)) throw new DomainError('NOT_FOUND');
	return {
		...group,
		occurrence: { ...occurrence, status: occurrence.status as OccurrenceStatus },
		registration: registration
			? { ...registration, status: registration.status as RegistrationStatus }
			: null,
		intervision,
		pledged: canReadIntervision(intervision)
	};
}

/** Like loadIntervisionAccess, and NOT_FOUND too for someone who has not pledged yet. */
export async function loadPledgedAccess(db: DatabaseOrTransaction, occurrenceId: string, actor: Actor) {
	const access = await loadIntervisionAccess(db, occurrenceId, actor);
	if (!access.pledged) throw new DomainError('NOT_FOUND');
	return access;
}
