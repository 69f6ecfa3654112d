import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { activityAttestations, activityEntries } from '../../db/schema';
import { notify } from '../notifications/notify';
import { loadOrganisationForActor } from '../organisations/queries';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { importActivityFor } from './import-activity';
import { canIssueAttestation } from './policy';
import { isActiveMember } from '../organisations/queries';
import { attestationNameOf } from './queries';
import { day, slug } from './schemas';
import { totalsByKind } from './totals';
import { newVerificationCode } from './verification-code';
import { MAX_ATTESTATION_DAYS } from './vocabulary';

export const IssueAttestationSchema = z
	.object({ slug, accountId: z.uuid('validation.recognition.supporter'), periodStart: day, periodEnd: day })
	.refine((value) => value.periodEnd >= value.periodStart, {
		message: 'validation.recognition.endBeforeStart',
		path: ['periodEnd']
	})
	.refine(
		(value) =>
			(Date.parse(value.periodEnd) - Date.parse(value.periodStart)) / 86_400_000 <= MAX_ATTESTATION_DAYS,
		{ message: 'validation.recognition.periodTooLong', path: ['periodEnd'] }
	);

/**
 * A coordinator issues an attestation of a supporter's activity in the organisation for a period: the
 * log is first filled from the platform, then what the attestation says is frozen (the names, the
 * period, totals by kind and hours) under a fresh verification code. The supporter is told in the same
 * transaction.
 */
export async function issueAttestation(ctx: Ctx, input: z.input<typeof IssueAttestationSchema>) {
	const actor = requireActor(ctx);
	const { slug, accountId, periodStart, periodEnd } = parseInput(IssueAttestationSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	const supporterIsActiveMember = await isActiveMember(ctx.db, organisation.id, accountId);
	if (!canIssueAttestation({ viewer, isSelf: accountId === actor.accountId, supporterIsActiveMember })) {
		authorize(
			viewer?.membership?.role === 'coordinator' && viewer.membership.status === 'active',
			'organisation'
		);
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'accountId', message: 'validation.recognition.supporter' }
		]);
	}
	const now = ctx.clock.now();
	const { attestation, told } = await ctx.db.transaction(async (tx) => {
		await importActivityFor(tx, accountId, now);
		const entries = await tx
			.select({ kind: activityEntries.kind, durationMinutes: activityEntries.durationMinutes })
			.from(activityEntries)
			.where(
				and(
					eq(activityEntries.accountId, accountId),
					eq(activityEntries.organisationId, organisation.id),
					isNull(activityEntries.dismissedAt),
					gte(activityEntries.occurredOn, periodStart),
					lte(activityEntries.occurredOn, periodEnd)
				)
			);
		const totals = totalsByKind(entries);
		const names = await attestationNameOf(tx, accountId);
		const [row] = await tx
			.insert(activityAttestations)
			.values({
				code: newVerificationCode(),
				accountId,
				organisationId: organisation.id,
				supporterName: names!.shown,
				organisationName: organisation.name,
				periodStart,
				periodEnd,
				totals,
				totalMinutes: totals.reduce((sum, total) => sum + total.minutes, 0),
				issuedBy: actor.accountId,
				issuerName: actor.pseudonym,
				issuedAt: now
			})
			.returning();
		const event = await notify(tx, {
			accountId,
			kind: 'attestation.issued',
			subjectId: row!.id,
			organisationId: organisation.id,
			now
		});
		return { attestation: row!, told: event };
	});
	if (told) ctx.events.emit(told);
	return attestation;
}
