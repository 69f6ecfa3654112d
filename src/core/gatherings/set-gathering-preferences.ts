import { z } from 'zod';
import { gatheringPreferences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { readGatheringPreferences } from './gathering-preferences';
import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema';

/** A checkbox ("on" from a form, true from JSON); left out of a JSON body, it keeps its current value. */
const checkbox = z.preprocess(
	(value) => (value === 'on' || value === 'true' ? true : value === 'false' ? false : value),
	z.boolean('validation.invalid').optional()
);

export const SetGatheringPreferencesSchema = z.object({ discreet: checkbox, reminders: checkbox });

/**
 * A person chooses neutral titles in their calendars and reminders (discreet), and the reminder email the
 * day before each session they hold a place in (which needs an email address on the account).
 */
export async function setGatheringPreferences(
	ctx: Ctx,
	input: z.input<typeof SetGatheringPreferencesSchema>
) {
	const actor = requireActor(ctx);
	const changes = parseInput(SetGatheringPreferencesSchema, input);
	const current = await readGatheringPreferences(ctx.db, actor.accountId);
	const next = {
		discreet: changes.discreet ?? current.discreet,
		reminders: changes.reminders ?? current.reminders
	};
	if (next.reminders && changes.reminders) {
		const [account] = await ctx.db
			.select({ email: accounts.email })
			.from(accounts)
			.where(eq(accounts.id, actor.accountId));
		if (!account?.email) {
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'reminders', message: 'validation.calendars.remindersNeedEmail' }
			]);
		}
	}
	await ctx.db
		.insert(gatheringPreferences)
		.values({ accountId: actor.accountId, ...next })
		.onConflictDoUpdate({ target: gatheringPreferences.accountId, set: next });
	return next;
}

/** The actor's choices for sessions, and whether reminders can reach them (an email on the account). */
export async function getGatheringPreferences(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [preferences, [account]] = await Promise.all([
		readGatheringPreferences(ctx.db, actor.accountId),
		ctx.db.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, actor.accountId))
	]);
	return { ...preferences, hasEmail: Boolean(account?.email) };
}
