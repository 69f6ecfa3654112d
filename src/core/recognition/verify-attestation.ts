import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { activityAttestations } from '../../db/schema';
import { DomainError, parseInput, requireToken, type Ctx } from '../shared';
import type { KindTotal } from './totals';
import { normaliseVerificationCode } from './verification-code';
import { VERIFY_RATE } from './vocabulary';

export const VerifyAttestationSchema = z.object({
	code: z
		.string('validation.recognition.code')
		.trim()
		.min(1, 'validation.recognition.code')
		.max(64, 'validation.recognition.code')
});

export type VerifiedAttestation =
	| { found: false }
	| {
			found: true;
			supporterName: string;
			organisationName: string;
			periodStart: string;
			periodEnd: string;
			totals: KindTotal[];
			totalMinutes: number;
			issuedAt: Date;
			revoked: boolean;
			revokedAt: Date | null;
	  };

/**
 * Anyone checks an attestation's code (no account needed). Every lookup, malformed ones too, takes a
 * token from the caller's address bucket first, so codes cannot be tried in bulk. The answer holds only
 * what the attestation itself says, and whether it was revoked.
 */
export async function verifyAttestation(ctx: Ctx, input: z.input<typeof VerifyAttestationSchema>) {
	const { code } = parseInput(VerifyAttestationSchema, input);
	await requireToken(ctx.db, `attestation-verify:${ctx.ip ?? 'unknown'}`, VERIFY_RATE, ctx.clock.now());
	const normalised = normaliseVerificationCode(code);
	if (!normalised)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'code', message: 'validation.recognition.code' }
		]);
	const [row] = await ctx.db
		.select({
			supporterName: activityAttestations.supporterName,
			organisationName: activityAttestations.organisationName,
			periodStart: activityAttestations.periodStart,
			periodEnd: activityAttestations.periodEnd,
			totals: activityAttestations.totals,
			totalMinutes: activityAttestations.totalMinutes,
			issuedAt: activityAttestations.issuedAt,
			revokedAt: activityAttestations.revokedAt
		})
		.from(activityAttestations)
		.where(eq(activityAttestations.code, normalised));
	if (!row) return { found: false } as VerifiedAttestation;
	return {
		found: true,
		...row,
		totals: row.totals as KindTotal[],
		revoked: row.revokedAt !== null
	} as VerifiedAttestation;
}
