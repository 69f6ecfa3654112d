import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { activeRoleIn } from './organisation-queries';
import { canAdmitAsCompanion, canManageGroup } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField, uuidField } from './schemas';

export const AdmitCompanionSchema = z.object({
	groupId: groupIdField,
	/** The companion: a member of the organisation the group's audience would otherwise keep out. */
	accountId: uuidField,
	/** The member they accompany, active in the group. */
	companionOf: uuidField
});
export type AdmitCompanionInput = z.input<typeof AdmitCompanionSchema>;

const problem = (field: string, message = 'validation.peerGroups.companion') =>
	new DomainError('INVALID', 'error.invalid', [{ field, message }]);

/**
 * A facilitator admits, by name, the companion a disabled member needs beside them: in a peers-only group
 * a relative or a professional, in a relatives' group someone who is not a relative (canAdmitAsCompanion:
 * nowhere else, and never someone who could simply join). Like anyone, the companion is in only once they
 * accept (with the charter): they are invited as 'companion', and leave with the member they accompany.
 */
export async function admitCompanion(ctx: Ctx, input: AdmitCompanionInput) {
	const actor = requireActor(ctx);
	const { groupId, accountId, companionOf } = parseInput(AdmitCompanionSchema, input);
	const { group, viewer, facts } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
	if (accountId === companionOf) throw problem('accountId');
	const now = ctx.clock.now();
	const told = await ctx.db.transaction(async (tx) => {
		const [accompanied] = await tx
			.select({ role: groupMembers.role })
			.from(groupMembers)
			.where(
				and(
					eq(groupMembers.groupId, groupId),
					eq(groupMembers.accountId, companionOf),
					eq(groupMembers.status, 'active')
				)
			)
			.for('share');
		if (!accompanied || accompanied.role === 'companion') throw problem('companionOf');
		const role = await activeRoleIn(tx, group.organisationId, accountId, { lock: true });
		if (role === null) throw problem('accountId');
		if (!canAdmitAsCompanion(facts.audience, role))
			throw problem('accountId', 'validation.peerGroups.companionAudience');
		const [row] = await tx
			.insert(groupMembers)
			.values({
				groupId,
				accountId,
				role: 'companion',
				status: 'invited',
				companionOf,
				addedBy: actor.accountId,
				createdAt: now
			})
			.onConflictDoNothing()
			.returning({ accountId: groupMembers.accountId });
		if (!row) throw problem('accountId');
		return notify(tx, {
			accountId,
			kind: 'group.invited',
			subjectId: groupId,
			organisationId: group.organisationId,
			now
		});
	});
	ctx.events.emit({ type: 'group.member-changed', groupId, accountId });
	if (told) ctx.events.emit(told);
	return { status: 'invited' as const };
}
