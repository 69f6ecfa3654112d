import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/client';
import { memberships } from '../../db/schema';
import {
	DomainError,
	lockKey,
	parseInput,
	permit,
	requireActor,
	type Ctx,
	type DomainEvent
} from '../shared';
import { notify } from '../notifications/notify';
import { endMembership } from './end-membership';
import { canListMembers, canManageMembers } from './policy';
import { countCoordinators, loadMembership, loadOrganisationForActor, type Membership } from './queries';
import { roleField, slugField, uuidField } from './schemas';

export const ManageMembershipSchema = z.discriminatedUnion(
	'decision',
	[
		z.object({ slug: slugField, membershipId: uuidField, decision: z.literal('approve') }),
		z.object({ slug: slugField, membershipId: uuidField, decision: z.literal('decline') }),
		z.object({ slug: slugField, membershipId: uuidField, decision: z.literal('remove') }),
		z.object({
			slug: slugField,
			membershipId: uuidField,
			decision: z.literal('change-role'),
			role: roleField
		})
	],
	'validation.invalid'
);
export type ManageMembershipInput = z.input<typeof ManageMembershipSchema>;
type ManageMembershipCommand = z.output<typeof ManageMembershipSchema>;

/**
 * Coordinators approve or decline requests, change roles and remove members; a last coordinator stays.
 * Removing someone ends their membership the one way (`endMembership`): out of the organisation's groups,
 * their accompaniments there ended, their streams closed.
 */
export async function manageMembership(ctx: Ctx, input: ManageMembershipInput): Promise<void> {
	const actor = requireActor(ctx);
	const command = parseInput(ManageMembershipSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, command.slug, actor);
	// Those who cannot even see the member list learn nothing about memberships: not found.
	if (!canListMembers(viewer)) throw new DomainError('NOT_FOUND');
	permit(canManageMembers(viewer));
	const target = await loadMembership(ctx.db, organisation.id, command.membershipId);
	const events = await ctx.db.transaction(async (tx) => {
		const losesCoordinator =
			target.role === 'coordinator' &&
			target.status === 'active' &&
			(command.decision === 'remove' ||
				(command.decision === 'change-role' && command.role !== 'coordinator'));
		if (losesCoordinator) await keepOneCoordinator(tx, organisation.id);
		return decide(tx, command, target, { endedBy: actor.accountId, now: ctx.clock.now() });
	});
	for (const event of events) ctx.events.emit(event);
}

/**
 * Refuses to take away the last active coordinator. Counted under a lock per organisation, so that two
 * coordinators removing each other (or leaving) at once cannot both pass the count.
 */
export async function keepOneCoordinator(tx: Transaction, organisationId: string): Promise<void> {
	await lockKey(tx, `organisation-coordinators:${organisationId}`);
	if ((await countCoordinators(tx, organisationId)) <= 1)
		throw new DomainError('CONFLICT', 'error.lastCoordinator');
}

async function decide(
	tx: Transaction,
	command: ManageMembershipCommand,
	target: Membership,
	when: { endedBy: string; now: Date }
): Promise<DomainEvent[]> {
	const { organisationId, accountId } = target;
	switch (command.decision) {
		case 'approve': {
			if (target.status !== 'pending') throw new DomainError('CONFLICT', 'error.notPending');
			await tx
				.update(memberships)
				.set({ status: 'active', approvedAt: when.now })
				.where(eq(memberships.id, target.id));
			// In the same commit: an approval is never left untold (once only, for two coordinators at once).
			const told = await notify(tx, {
				accountId,
				kind: 'membership.approved',
				subjectId: target.id,
				organisationId,
				now: when.now
			});
			const changed: DomainEvent = {
				type: 'membership.changed',
				organisationId,
				membershipId: target.id,
				accountId
			};
			return told ? [changed, told] : [changed];
		}
		case 'change-role':
			await tx.update(memberships).set({ role: command.role }).where(eq(memberships.id, target.id));
			break;
		case 'decline': {
			const ended = await endMembership(tx, { organisationId, accountId, ...when, status: 'pending' });
			if (!ended) throw new DomainError('CONFLICT', 'error.notPending');
			const told = await notify(tx, {
				accountId,
				kind: 'membership.refused',
				subjectId: target.id,
				organisationId,
				now: when.now
			});
			return told ? [...ended.events, told] : ended.events;
		}
		case 'remove':
			return (await endMembership(tx, { organisationId, accountId, ...when }))?.events ?? [];
	}
	return [{ type: 'membership.changed', organisationId, membershipId: target.id, accountId }];
}
