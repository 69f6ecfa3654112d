import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { activityAttestations, memberships } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { notify } from '../notifications/notify';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canReadAttestation, canRevokeAttestation, isActiveCoordinator } from './policy';
import type { KindTotal } from './totals';
import { slug } from './schemas';

export type Attestation = typeof activityAttestations.$inferSelect & { totals: KindTotal[] };

export const RevokeAttestationSchema = z.object({
	slug,
	attestationId: z.uuid('validation.invalid'),
	/** Why: shown to the holder and the organisation; the public verification page says only "revoked". */
	reason: z
		.string('validation.invalid')
		.trim()
		.min(5, 'validation.recognition.revokeReason')
		.max(1000, 'validation.recognition.revokeReason')
});

/**
 * A coordinator revokes one of the organisation's attestations, with a reason: the verification page then
 * says "revoked" (with the date, never the reason: the reason may say something of the person that the
 * people checking a code have no need to know), and the holder is told, in the same transaction, and reads
 * the reason on their activity page.
 */
export async function revokeAttestation(ctx: Ctx, input: z.input<typeof RevokeAttestationSchema>) {
	const actor = requireActor(ctx);
	const { slug, attestationId, reason } = parseInput(RevokeAttestationSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canRevokeAttestation(viewer), 'attestation');
	const now = ctx.clock.now();
	const revoked = await ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.update(activityAttestations)
			.set({ revokedAt: now, revokedBy: actor.accountId, revokedReason: reason })
			.where(
				and(
					eq(activityAttestations.id, attestationId),
					eq(activityAttestations.organisationId, organisation.id),
					isNull(activityAttestations.revokedAt)
				)
			)
			.returning({ id: activityAttestations.id, holderId: activityAttestations.accountId });
		if (!row) return null;
		return notify(tx, {
			accountId: row.holderId,
			kind: 'attestation.revoked',
			subjectId: row.id,
			organisationId: organisation.id,
			now
		}).then((told) => ({ told }));
	});
	if (revoked?.told) ctx.events.emit(revoked.told);
	if (!revoked) {
		const [exists] = await ctx.db
			.select({ id: activityAttestations.id })
			.from(activityAttestations)
			.where(
				and(
					eq(activityAttestations.id, attestationId),
					eq(activityAttestations.organisationId, organisation.id)
				)
			);
		authorize(exists, 'attestation');
		throw new DomainError('CONFLICT', 'error.recognition.alreadyRevoked');
	}
	return { id: attestationId, revokedAt: now };
}

export const ListOrganisationAttestationsSchema = z.object({ slug });

/** The organisation's attestations, newest first, for its coordinators. */
export async function listOrganisationAttestations(
	ctx: Ctx,
	input: z.input<typeof ListOrganisationAttestationsSchema>
) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(ListOrganisationAttestationsSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(isActiveCoordinator(viewer), 'attestations');
	const rows = await ctx.db
		.select()
		.from(activityAttestations)
		.where(eq(activityAttestations.organisationId, organisation.id))
		.orderBy(desc(activityAttestations.issuedAt))
		.limit(200);
	return rows as Attestation[];
}

/** The attestations issued to the actor, newest first. */
export async function listMyAttestations(ctx: Ctx) {
	const actor = requireActor(ctx);
	const rows = await ctx.db
		.select()
		.from(activityAttestations)
		.where(eq(activityAttestations.accountId, actor.accountId))
		.orderBy(desc(activityAttestations.issuedAt))
		.limit(200);
	return rows as Attestation[];
}

export const GetAttestationSchema = z.object({ attestationId: z.uuid('validation.invalid') });

/** One attestation, for the supporter it is about or the issuing organisation's active coordinators. */
export async function getAttestation(ctx: Ctx, input: z.input<typeof GetAttestationSchema>) {
	const actor = requireActor(ctx);
	const { attestationId } = parseInput(GetAttestationSchema, input);
	const [row] = await ctx.db
		.select({ attestation: activityAttestations, role: memberships.role, status: memberships.status })
		.from(activityAttestations)
		.leftJoin(
			memberships,
			and(
				eq(memberships.organisationId, activityAttestations.organisationId),
				eq(memberships.accountId, actor.accountId)
			)
		)
		.where(eq(activityAttestations.id, attestationId));
	authorize(row, 'attestation');
	const viewer = {
		isInstanceAdmin: actor.isInstanceAdmin,
		membership: row.role ? { role: row.role as 'coordinator', status: row.status as 'active' } : null
	};
	authorize(
		canReadAttestation({ isOwner: row.attestation.accountId === actor.accountId, viewer }),
		'attestation'
	);
	return row.attestation as Attestation;
}
