import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts } from '../../db/schema';
import { isAway } from '../matching/policy';
import { UNTIL_LIFTED } from '../matching/set-cool-down';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadAccompanimentFacts } from './accompaniment-facts';
import { contactsWithOnDuty, organisationOfPair } from './queries';

export const SupporterAvailabilitySchema = z.union([
	z.object({ accompanimentId: z.uuid('validation.invalid') }),
	z.object({ conversationId: z.uuid('validation.invalid') })
]);

/** Whether the account is suspended now (a moderation decision): they cannot be reached meanwhile. */
async function isSuspended(db: DatabaseOrTransaction, accountId: string, now: Date): Promise<boolean> {
	const [account] = await db
		.select({ suspendedUntil: accounts.suspendedUntil })
		.from(accounts)
		.where(eq(accounts.id, accountId));
	return account?.suspendedUntil != null && account.suspendedUntil > now;
}

/**
 * Whether the supporter of an accompaniment (found by its id or its conversation's) is away, paused, in a
 * cool-down or suspended, and then who else the person can turn to: their organisation's contacts and
 * when someone is next on duty. For the two parties only. The conversation page can show it with NoOneAvailable.svelte.
 */
export async function supporterAvailability(ctx: Ctx, input: z.input<typeof SupporterAvailabilitySchema>) {
	const actor = requireActor(ctx);
	const by = parseInput(SupporterAvailabilitySchema, input);
	const facts = await loadAccompanimentFacts(ctx.db, actor, by);
	const now = ctx.clock.now();
	const suspended = await isSuspended(ctx.db, facts.supporterId, now);
	const away =
		facts.status === 'open' &&
		(suspended || isAway({ paused: facts.paused ?? false, pausedUntil: facts.pausedUntil ?? null }, now));
	// The supporter is never told that they themselves are away: only the person they accompany is.
	if (!away || facts.supporterId === actor.accountId)
		return { away: false as const, until: null, organisation: null };
	const organisationId = await organisationOfPair(ctx.db, facts);
	const [organisation] = organisationId ? await contactsWithOnDuty(ctx.db, [organisationId], now) : [];
	// A pause has no end date; nor does a cool-down "until lifted": the person is only told "for now". A
	// suspension is the supporter's own business: it shows as an absence "for now", never with its end.
	const until =
		!suspended && !facts.paused && facts.pausedUntil && facts.pausedUntil < UNTIL_LIFTED
			? facts.pausedUntil
			: null;
	return { away: true as const, until, organisation: organisation ?? null };
}
