import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { activeRoleIn } from './organisation-queries';
import { canManageGroup } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField, uuidField } from './schemas';

export const AdmitCompanionSchema = z.object({
	groupId: groupIdField,
	/** The companion: a member of the organisation, whatever their role (a relative, a professional). */
	accountId: uuidField,
	/** The member they accompany, active in the group. */
	companionOf: uuidField
});
export type AdmitCompanionInput = z.input<typeof AdmitCompanionSchema>;

const problem = (field: string) =>
	new DomainError('INVALID', 'error.invalid', [{ field, message: 'validation.peerGroups.companion' }]);

/**
 * A facilitator admits, by name, the companion a disabled member needs beside them, even in a peers-only
 * group and even a relative or a professional. Like anyone, the companion is in only once they accept
 * (with the charter): they are invited as 'companion', and leave with the member they accompany.
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
		if ((await activeRoleIn(tx, group.organisationId, accountId, { lock: true })) === null)
			throw problem('accountId');
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
