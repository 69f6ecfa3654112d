import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { sessionRegistrations } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { loadIntervisionAccess } from './intervision-access';
import { needsFacilitatorRegistration } from './intervision-policy';
import { lockOccurrence } from './waiting-list';

export const PledgeConfidentialitySchema = z.object({
	occurrenceId: z.uuid('validation.invalid'),
	/** The pledge is an explicit act: the form's checkbox must be ticked. */
	pledge: z
		.union([z.literal(true), z.literal('true'), z.literal('on')], 'validation.intervision.pledge')
		.optional()
		.default(true)
});

/**
 * A participant (or a facilitator) pledges confidentiality before entering an intervision occurrence.
 * Once only: pledging again keeps the first date (a second click, a reload, twenty at once).
 */
export async function pledgeConfidentiality(ctx: Ctx, input: z.input<typeof PledgeConfidentialitySchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(PledgeConfidentialitySchema, input);
	const access = await loadIntervisionAccess(ctx.db, occurrenceId, actor);
	if (access.pledged) return { occurrenceId, pledgedAt: access.registration!.pledgedAt! };
	if (access.occurrence.status === 'cancelled')
		throw new DomainError('CONFLICT', 'error.intervision.cancelled');
	const now = ctx.clock.now();
	const created = await ctx.db.transaction(async (tx) => {
		if (!needsFacilitatorRegistration(access.intervision)) return false;
		// A facilitator holds the room without taking a participant's place; the occurrence lock keeps this
		// insert in line with registrations counting places at the same moment.
		await lockOccurrence(tx, occurrenceId);
		const inserted = await tx
			.insert(sessionRegistrations)
			.values({ occurrenceId, accountId: actor.accountId, status: 'confirmed', pledgedAt: now })
			.onConflictDoNothing({ target: [sessionRegistrations.occurrenceId, sessionRegistrations.accountId] })
			.returning({ id: sessionRegistrations.id });
		return inserted.length > 0;
	});
	// Only the first pledge sets the date: the condition on a null date makes the update once-only.
	await ctx.db
		.update(sessionRegistrations)
		.set({ pledgedAt: now })
		.where(
			and(
				eq(sessionRegistrations.occurrenceId, occurrenceId),
				eq(sessionRegistrations.accountId, actor.accountId),
				isNull(sessionRegistrations.pledgedAt)
			)
		);
	if (created) ctx.events.emit({ type: 'registration.changed', occurrenceId, accountId: actor.accountId });
	const [row] = await ctx.db
		.select({ pledgedAt: sessionRegistrations.pledgedAt })
		.from(sessionRegistrations)
		.where(
			and(
				eq(sessionRegistrations.occurrenceId, occurrenceId),
				eq(sessionRegistrations.accountId, actor.accountId)
			)
		);
	return { occurrenceId, pledgedAt: row!.pledgedAt! };
}
