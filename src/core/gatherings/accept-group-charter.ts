import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { needsCharterAcceptance } from './policy';
import { loadGroupForActor } from './queries';
import { acceptedField, charterVersionField, groupIdField } from './schemas';

export const AcceptGroupCharterSchema = z.object({
	groupId: groupIdField,
	acceptCharter: acceptedField,
	charterVersion: charterVersionField
});
export type AcceptGroupCharterInput = z.input<typeof AcceptGroupCharterSchema>;

/** A member accepts the group's new charter: they can write and register again. */
export async function acceptGroupCharter(ctx: Ctx, input: AcceptGroupCharterInput) {
	const actor = requireActor(ctx);
	const { groupId, charterVersion } = parseInput(AcceptGroupCharterSchema, input);
	const { group, viewer } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(viewer?.groupMember?.status === 'active', 'error.peerGroups.notMember');
	if (!needsCharterAcceptance(viewer)) return { charterVersion: group.charterVersion, changed: false };
	// The version read on the page: a charter changed again meanwhile is read before it is accepted.
	if (charterVersion !== undefined && charterVersion !== group.charterVersion)
		throw new DomainError('CONFLICT', 'error.charterChanged');
	await ctx.db
		.update(groupMembers)
		.set({ charterVersionAccepted: group.charterVersion, charterAcceptedAt: ctx.clock.now() })
		.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.accountId, actor.accountId)));
	ctx.events.emit({ type: 'group.member-changed', groupId, accountId: actor.accountId });
	return { charterVersion: group.charterVersion, changed: true };
}
