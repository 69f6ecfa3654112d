import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, credentials } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canAttestCredential, isActiveCoordinator } from './policy';
import { isActiveMember } from '../organisations/queries';
import type { AttestedText } from './save-credential';
import { slug } from './schemas';

export const DecideAttestationSchema = z.object({
	slug,
	credentialId: z.uuid('validation.invalid'),
	decision: z.enum(['attest', 'decline'], 'validation.invalid'),
	/** The credential's `updatedAt` as the coordinator read it: an edit since then is a conflict. */
	seenVersion: z.iso.datetime({ offset: true, message: 'validation.invalid' })
});

/**
 * A coordinator attests (or declines to attest) a credential whose owner asked the organisation. The
 * attestation records who, when and exactly the words they read; if the owner edited it in between, the
 * coordinator is asked to read it again.
 */
export async function decideAttestation(ctx: Ctx, input: z.input<typeof DecideAttestationSchema>) {
	const actor = requireActor(ctx);
	const { slug, credentialId, decision, seenVersion } = parseInput(DecideAttestationSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(isActiveCoordinator(viewer), 'attestation requests');
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(credentials)
			.where(and(eq(credentials.id, credentialId), eq(credentials.requestedOrganisationId, organisation.id)))
			.for('update');
		authorize(current, 'credential');
		const ownerIsActiveMember = await isActiveMember(tx, organisation.id, current.accountId);
		authorize(
			canAttestCredential({
				viewer,
				isOwner: current.accountId === actor.accountId,
				requestedHere: true,
				ownerIsActiveMember
			}),
			'credential'
		);
		if (current.updatedAt.getTime() !== new Date(seenVersion).getTime())
			throw new DomainError('CONFLICT', 'error.recognition.credentialChanged');
		const cleared = { requestedOrganisationId: null, requestedAt: null };
		if (decision === 'decline') {
			await tx.update(credentials).set(cleared).where(eq(credentials.id, credentialId));
			return { id: credentialId, attested: false };
		}
		const text: AttestedText = {
			kind: current.kind,
			role: current.role,
			title: current.title,
			issuer: current.issuer,
			startedOn: current.startedOn,
			endedOn: current.endedOn
		};
		await tx
			.update(credentials)
			.set({
				...cleared,
				attestedAt: now,
				attestedBy: actor.accountId,
				attestedOrganisationId: organisation.id,
				attestedText: text
			})
			.where(and(eq(credentials.id, credentialId), isNull(credentials.attestedAt)));
		return { id: credentialId, attested: true, attestedAt: now };
	});
}

export const ListAttestationRequestsSchema = z.object({ slug });

/** The credentials waiting for the organisation's attestation, for its coordinators, oldest first. */
export async function listAttestationRequests(
	ctx: Ctx,
	input: z.input<typeof ListAttestationRequestsSchema>
) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(ListAttestationRequestsSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(isActiveCoordinator(viewer), 'attestation requests');
	const requests = await ctx.db
		.select({
			id: credentials.id,
			pseudonym: accounts.pseudonym,
			kind: credentials.kind,
			role: credentials.role,
			title: credentials.title,
			issuer: credentials.issuer,
			startedOn: credentials.startedOn,
			endedOn: credentials.endedOn,
			requestedAt: credentials.requestedAt,
			updatedAt: credentials.updatedAt
		})
		.from(credentials)
		.innerJoin(accounts, eq(accounts.id, credentials.accountId))
		.where(and(eq(credentials.requestedOrganisationId, organisation.id), isNull(credentials.attestedAt)))
		.orderBy(credentials.requestedAt)
		.limit(200);
	return {
		organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
		requests
	};
}
