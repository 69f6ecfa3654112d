import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { credentials } from '../../db/schema';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { credentialFields, credentialRules, flag } from './schemas';

export const CreateCredentialSchema = credentialRules(
	z.object({ ...credentialFields, audience: credentialFields.audience.optional().default('only_me') })
);
export type CreateCredentialInput = z.input<typeof CreateCredentialSchema>;

export const UpdateCredentialSchema = credentialRules(
	z.object({
		credentialId: z.uuid('validation.invalid'),
		kind: credentialFields.kind,
		role: credentialFields.role,
		title: credentialFields.title,
		issuer: credentialFields.issuer,
		startedOn: credentialFields.startedOn,
		endedOn: credentialFields.endedOn,
		/** Required when the credential is attested: the person saw the warning that editing removes it. */
		confirmLoseAttestation: flag
	})
);
export type UpdateCredentialInput = z.input<typeof UpdateCredentialSchema>;

/** What an attestation vouches for, word for word. */
export type AttestedText = {
	kind: string;
	role: string | null;
	title: string;
	issuer: string;
	startedOn: string;
	endedOn: string | null;
};
const attestedFields = (value: AttestedText): AttestedText => ({
	kind: value.kind,
	role: value.role,
	title: value.title,
	issuer: value.issuer,
	startedOn: value.startedOn,
	endedOn: value.endedOn
});
export const sameText = (a: AttestedText, b: AttestedText) =>
	JSON.stringify(attestedFields(a)) === JSON.stringify(attestedFields(b));

/** A person records a training, a diploma or a role in their wallet: self-declared, seen by them only at first. */
export async function createCredential(ctx: Ctx, input: CreateCredentialInput) {
	const actor = requireActor(ctx);
	const values = parseInput(CreateCredentialSchema, input);
	const now = ctx.clock.now();
	const [row] = await ctx.db
		.insert(credentials)
		.values({
			...values,
			role: values.kind === 'role' ? values.role : null,
			accountId: actor.accountId,
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: credentials.id });
	return { id: row!.id };
}

/**
 * The owner edits a credential. If it was attested and what it says changes, the attestation goes (the
 * organisation vouched for the old words, not the new ones): the person must have confirmed it first.
 */
export async function updateCredential(ctx: Ctx, input: UpdateCredentialInput) {
	const actor = requireActor(ctx);
	const { credentialId, confirmLoseAttestation, ...fields } = parseInput(UpdateCredentialSchema, input);
	const next = { ...fields, role: fields.kind === 'role' ? fields.role : null };
	return ctx.db.transaction(async (tx) => {
		// The row lock orders an edit against a coordinator's attestation of the same credential.
		const [current] = await tx
			.select()
			.from(credentials)
			.where(and(eq(credentials.id, credentialId), eq(credentials.accountId, actor.accountId)))
			.for('update');
		authorize(current, 'credential');
		const changed = !sameText(current as AttestedText, next);
		const loses = changed && current.attestedAt !== null;
		if (loses && !confirmLoseAttestation)
			throw new DomainError('INVALID', 'error.recognition.confirmLoseAttestation', [
				{ field: 'confirmLoseAttestation', message: 'validation.recognition.confirmLoseAttestation' }
			]);
		await tx
			.update(credentials)
			.set({
				...next,
				updatedAt: ctx.clock.now(),
				...(loses
					? { attestedAt: null, attestedBy: null, attestedOrganisationId: null, attestedText: null }
					: {})
			})
			.where(eq(credentials.id, credentialId));
		return { id: credentialId, attestationRemoved: loses };
	});
}
