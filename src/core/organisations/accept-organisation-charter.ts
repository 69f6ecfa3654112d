import { and, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { memberships } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { loadOrganisationForActor } from './queries';
import { acceptedField, slugField } from './schemas';

export const AcceptOrganisationCharterSchema = z.object({
	slug: slugField,
	acceptCharter: acceptedField,
	/** The version read on the page: a charter changed again meanwhile is read before it is accepted. */
	charterVersion: z.coerce
		.number('validation.invalid')
		.int('validation.invalid')
		.positive('validation.invalid')
		.optional()
});

/** Whether this membership accepted an older charter than the organisation's current one. */
export const charterPending = (
	membership: { status: string; charterVersionAccepted: number } | null,
	organisation: { charterVersion: number }
) => membership?.status === 'active' && membership.charterVersionAccepted < organisation.charterVersion;

/**
 * A member accepts the organisation's new charter: until they do, they cannot write in its conversations
 * (send-message refuses with `error.organisationCharterPending`). The version accepted is recorded.
 */
export async function acceptOrganisationCharter(
	ctx: Ctx,
	input: z.input<typeof AcceptOrganisationCharterSchema>
) {
	const actor = requireActor(ctx);
	const { slug, charterVersion } = parseInput(AcceptOrganisationCharterSchema, input);
	const { organisation, membership } = await loadOrganisationForActor(ctx.db, slug, actor);
	permit(membership?.status === 'active', 'error.peerGroups.notMember');
	if (!charterPending(membership, organisation))
		return { charterVersion: organisation.charterVersion, changed: false };
	if (charterVersion !== undefined && charterVersion !== organisation.charterVersion)
		throw new DomainError('CONFLICT', 'error.charterChanged');
	await ctx.db
		.update(memberships)
		.set({ charterVersionAccepted: organisation.charterVersion, charterAcceptedAt: ctx.clock.now() })
		.where(
			and(
				eq(memberships.id, membership!.id),
				lt(memberships.charterVersionAccepted, organisation.charterVersion)
			)
		);
	ctx.events.emit({
		type: 'membership.changed',
		organisationId: organisation.id,
		membershipId: membership!.id,
		accountId: actor.accountId
	});
	return { charterVersion: organisation.charterVersion, changed: true };
}
