import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx, type FieldProblem } from '../shared';

/** A checkbox ("on" from a form, true from JSON); left out of a JSON body, it keeps its current value. */
const optionalCheckbox = z.preprocess(
	(value) => (value === 'on' || value === 'true' ? true : value === 'false' ? false : value),
	z.boolean('validation.invalid').optional()
);

export const SetNotificationPreferencesSchema = z.object({
	emailDigest: optionalCheckbox,
	discreetNotifications: optionalCheckbox
});

/** What the instance offers: without a mail transport, nobody can ask for emails. */
export interface NotificationInstance {
	emailAvailable: boolean;
}

/** A person chooses whether unread messages earn them an email, and whether notifications stay discreet. */
export async function setNotificationPreferences(
	ctx: Ctx,
	input: z.input<typeof SetNotificationPreferencesSchema>,
	instance: NotificationInstance
) {
	const actor = requireActor(ctx);
	const changes = parseInput(SetNotificationPreferencesSchema, input);
	const [account] = await ctx.db
		.select({
			email: accounts.email,
			emailDigest: accounts.emailDigest,
			discreetNotifications: accounts.discreetNotifications
		})
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!account) throw new DomainError('UNAUTHENTICATED');
	const next = {
		emailDigest: changes.emailDigest ?? account.emailDigest,
		discreetNotifications: changes.discreetNotifications ?? account.discreetNotifications
	};
	if (next.emailDigest && changes.emailDigest !== undefined) {
		const problem: FieldProblem | null = !instance.emailAvailable
			? { field: 'emailDigest', message: 'validation.notifications.unavailable' }
			: !account.email
				? { field: 'emailDigest', message: 'validation.notifications.needsEmail' }
				: null;
		if (problem) throw new DomainError('INVALID', 'error.invalid', [problem]);
	}
	await ctx.db.update(accounts).set(next).where(eq(accounts.id, actor.accountId));
	return next;
}

/** The person's notification choices, for the account page and the API. */
export async function getNotificationPreferences(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [account] = await ctx.db
		.select({ emailDigest: accounts.emailDigest, discreetNotifications: accounts.discreetNotifications })
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!account) throw new DomainError('UNAUTHENTICATED');
	return account;
}
