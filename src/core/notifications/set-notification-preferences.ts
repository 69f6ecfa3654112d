import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { moderatesAnything } from '../moderation';
import { DomainError, parseInput, requireActor, type Ctx, type FieldProblem } from '../shared';

/** A checkbox ("on" from a form, true from JSON); left out of a JSON body, it keeps its current value. */
const optionalCheckbox = z.preprocess(
	(value) => (value === 'on' || value === 'true' ? true : value === 'false' ? false : value),
	z.boolean('validation.invalid').optional()
);

export const SetNotificationPreferencesSchema = z.object({
	emailDigest: optionalCheckbox,
	discreetNotifications: optionalCheckbox,
	/** Staff only: an email when reports wait in their moderation queue. */
	moderationAlerts: optionalCheckbox
});

/** What the instance offers: without a mail transport, nobody can ask for emails. */
export interface NotificationInstance {
	emailAvailable: boolean;
}

/**
 * A person chooses whether unread messages earn them an email, whether notifications stay discreet, and,
 * if they moderate, whether reports waiting in their queue earn them one.
 */
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
			discreetNotifications: accounts.discreetNotifications,
			moderationAlerts: accounts.moderationAlerts
		})
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!account) throw new DomainError('UNAUTHENTICATED');
	const next = {
		emailDigest: changes.emailDigest ?? account.emailDigest,
		discreetNotifications: changes.discreetNotifications ?? account.discreetNotifications,
		moderationAlerts: changes.moderationAlerts ?? account.moderationAlerts
	};
	// Only what is being turned on is checked: saving other choices never fails for an older one.
	const problems: FieldProblem[] = [];
	for (const field of ['emailDigest', 'moderationAlerts'] as const) {
		if (!next[field] || changes[field] === undefined) continue;
		const message = !instance.emailAvailable
			? 'validation.notifications.unavailable'
			: !account.email
				? 'validation.notifications.needsEmail'
				: field === 'moderationAlerts' && !(await moderatesAnything(ctx.db, actor))
					? 'validation.notifications.staffOnly'
					: null;
		if (message) problems.push({ field, message });
	}
	if (problems.length) throw new DomainError('INVALID', 'error.invalid', problems);
	await ctx.db.update(accounts).set(next).where(eq(accounts.id, actor.accountId));
	return next;
}

/**
 * The person's notification choices, for the account page and the API; `moderates` says whether the
 * moderation alert is theirs to choose.
 */
export async function getNotificationPreferences(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [[account], moderates] = await Promise.all([
		ctx.db
			.select({
				emailDigest: accounts.emailDigest,
				discreetNotifications: accounts.discreetNotifications,
				moderationAlerts: accounts.moderationAlerts
			})
			.from(accounts)
			.where(eq(accounts.id, actor.accountId)),
		moderatesAnything(ctx.db, actor)
	]);
	if (!account) throw new DomainError('UNAUTHENTICATED');
	return { ...account, moderates };
}
