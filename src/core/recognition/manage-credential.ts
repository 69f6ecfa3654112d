import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { credentials } from '../../db/schema';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { isActiveMember } from '../organisations/queries';
import { credentialFields } from './schemas';

export const CredentialIdSchema = z.object({ credentialId: z.uuid('validation.invalid') });
export const SetCredentialAudienceSchema = z.object({
	credentialId: z.uuid('validation.invalid'),
	audience: credentialFields.audience
});
export const RequestAttestationSchema = z.object({
	credentialId: z.uuid('validation.invalid'),
	organisationId: z.uuid('validation.recognition.organisation')
});

/** Who sees a credential: changing it never touches the attestation (it says nothing about the words). */
export async function setCredentialAudience(ctx: Ctx, input: z.input<typeof SetCredentialAudienceSchema>) {
	const actor = requireActor(ctx);
	const { credentialId, audience } = parseInput(SetCredentialAudienceSchema, input);
	const [row] = await ctx.db
		.update(credentials)
		.set({ audience })
		.where(and(eq(credentials.id, credentialId), eq(credentials.accountId, actor.accountId)))
		.returning({ id: credentials.id });
	authorize(row, 'credential');
	return { id: credentialId, audience };
}

/** The owner deletes a credential, attested or not. */
export async function deleteCredential(ctx: Ctx, input: z.input<typeof CredentialIdSchema>) {
	const actor = requireActor(ctx);
	const { credentialId } = parseInput(CredentialIdSchema, input);
	const [row] = await ctx.db
		.delete(credentials)
		.where(and(eq(credentials.id, credentialId), eq(credentials.accountId, actor.accountId)))
		.returning({ id: credentials.id });
	authorize(row, 'credential');
}

/**
 * The owner asks one organisation where they are an active member to attest a credential not yet
 * attested. A new request replaces the previous one.
 */
export async function requestAttestation(ctx: Ctx, input: z.input<typeof RequestAttestationSchema>) {
	const actor = requireActor(ctx);
	const { credentialId, organisationId } = parseInput(RequestAttestationSchema, input);
	if (!(await isActiveMember(ctx.db, organisationId, actor.accountId)))
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'organisationId', message: 'validation.recognition.organisation' }
		]);
	const now = ctx.clock.now();
	const [row] = await ctx.db
		.update(credentials)
		.set({ requestedOrganisationId: organisationId, requestedAt: now })
		.where(
			and(
				eq(credentials.id, credentialId),
				eq(credentials.accountId, actor.accountId),
				isNull(credentials.attestedAt)
			)
		)
		.returning({ id: credentials.id });
	if (!row) {
		const [own] = await ctx.db
			.select({ id: credentials.id })
			.from(credentials)
			.where(and(eq(credentials.id, credentialId), eq(credentials.accountId, actor.accountId)));
		authorize(own, 'credential');
		throw new DomainError('CONFLICT', 'error.recognition.alreadyAttested');
	}
	return { id: credentialId, organisationId, requestedAt: now };
}

/** The owner withdraws a pending request. */
export async function withdrawAttestationRequest(ctx: Ctx, input: z.input<typeof CredentialIdSchema>) {
	const actor = requireActor(ctx);
	const { credentialId } = parseInput(CredentialIdSchema, input);
	const [row] = await ctx.db
		.update(credentials)
		.set({ requestedOrganisationId: null, requestedAt: null })
		.where(and(eq(credentials.id, credentialId), eq(credentials.accountId, actor.accountId)))
		.returning({ id: credentials.id });
	authorize(row, 'credential');
}
