import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { invitations, memberships, organisations } from '../../db/schema';
import { hashToken } from '../accounts/tokens';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { acceptedField } from './schemas';

const tokenField = z.string().trim().min(10).max(200);

/** The organisation an invitation leads to, if it is still valid (for showing the charter first). */
export async function findInvitation(db: DatabaseOrTransaction, token: string, now: Date) {
	if (!tokenField.safeParse(token).success) return null;
	const [row] = await db
		.select({ organisation: organisations, role: invitations.role })
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(
			and(
				eq(invitations.tokenHash, hashToken(token)),
				gt(invitations.expiresAt, now),
				gt(invitations.usesLeft, 0)
			)
		);
	return row ?? null;
}

export const AcceptInvitationSchema = z.object({ token: tokenField, acceptCharter: acceptedField });
export type AcceptInvitationInput = z.input<typeof AcceptInvitationSchema>;

/** Joins through an invitation link: active at once, with the invitation's role and the charter accepted. */
export async function acceptInvitation(ctx: Ctx, input: AcceptInvitationInput) {
	const actor = requireActor(ctx);
	const { token } = parseInput(AcceptInvitationSchema, input);
	const now = ctx.clock.now();
	const result = await ctx.db.transaction(async (tx) => {
		// Spend one use atomically, so a single-use link cannot be used twice by racing requests.
		const [spent] = await tx
			.update(invitations)
			.set({ usesLeft: sql`${invitations.usesLeft} - 1` })
			.where(
				and(
					eq(invitations.tokenHash, hashToken(token)),
					gt(invitations.expiresAt, now),
					gt(invitations.usesLeft, 0)
				)
			)
			.returning({ organisationId: invitations.organisationId, role: invitations.role });
		if (!spent) throw new DomainError('NOT_FOUND', 'error.invitationInvalid');
		const [organisation] = await tx
			.select()
			.from(organisations)
			.where(eq(organisations.id, spent.organisationId));
		const [existing] = await tx
			.select()
			.from(memberships)
			.where(
				and(eq(memberships.organisationId, spent.organisationId), eq(memberships.accountId, actor.accountId))
			);
		if (existing?.status === 'active') throw new DomainError('CONFLICT', 'error.alreadyMember');
		const values = {
			role: spent.role,
			status: 'active',
			charterVersionAccepted: organisation!.charterVersion,
			charterAcceptedAt: now,
			approvedAt: now
		};
		const [membership] = existing
			? await tx.update(memberships).set(values).where(eq(memberships.id, existing.id)).returning()
			: await tx
					.insert(memberships)
					.values({
						...values,
						organisationId: spent.organisationId,
						accountId: actor.accountId,
						requestedAt: now
					})
					.returning();
		return { membership: membership!, slug: organisation!.slug };
	});
	ctx.events.emit({
		type: 'membership.changed',
		organisationId: result.membership.organisationId,
		membershipId: result.membership.id,
		accountId: actor.accountId
	});
	return { slug: result.slug, role: result.membership.role };
}
