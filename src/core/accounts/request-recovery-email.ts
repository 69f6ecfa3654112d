import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, recoveryTokens } from '../../db/schema';
import type { Mailer } from '../notifications/mailer';
import { parseInput, requireToken, takeToken, type Ctx } from '../shared';
import { foldPseudonym } from './pseudonym';
import { recoveryEmail } from './recovery-email';
import { recoveryEmailAccountKey, recoveryEmailAddressKey, RECOVERY_LINK_MINUTES } from './recovery-policy';
import { generateToken, hashToken } from './tokens';

export const RequestRecoveryEmailSchema = z.object({
	identifier: z
		.string('validation.required')
		.trim()
		.min(1, 'validation.required')
		.max(254, 'validation.required')
});
export type RequestRecoveryEmailInput = z.input<typeof RequestRecoveryEmailSchema>;

/** Email is not unique: one address may belong to a few accounts, each gets its own link. */
const MAX_ACCOUNTS_PER_ADDRESS = 5;

/**
 * Sends a single-use link (valid one hour) to the email of the account named by a pseudonym or an email.
 * The caller always gets the same answer, whether an account exists, has an email, or was already sent
 * 3 links this hour: only the asker's address is visibly throttled. The mailer given by the app sends in
 * the background, so the answer does not come later when an email is sent.
 */
export async function requestRecoveryEmail(
	ctx: Ctx,
	input: RequestRecoveryEmailInput,
	mail: { mailer: Mailer; siteUrl: string }
): Promise<void> {
	const { identifier } = parseInput(RequestRecoveryEmailSchema, input);
	const now = ctx.clock.now();
	if (ctx.ip) {
		const { key, rule } = recoveryEmailAddressKey(ctx.ip);
		await requireToken(ctx.db, key, rule, now, 'error.recovery.tooManyRequests');
	}
	const byEmail = identifier.includes('@');
	const targets = await ctx.db
		.select({
			id: accounts.id,
			email: accounts.email,
			locale: accounts.locale,
			discreet: accounts.discreetNotifications
		})
		.from(accounts)
		.where(
			and(
				byEmail
					? eq(accounts.email, identifier.toLowerCase())
					: eq(accounts.pseudonymKey, foldPseudonym(identifier)),
				isNotNull(accounts.email)
			)
		)
		.orderBy(desc(accounts.createdAt))
		.limit(MAX_ACCOUNTS_PER_ADDRESS);
	for (const target of targets) {
		const { key, rule } = recoveryEmailAccountKey(target.id);
		if (!(await takeToken(ctx.db, key, rule, now)).allowed) continue;
		const token = generateToken();
		await ctx.db.insert(recoveryTokens).values({
			tokenHash: hashToken(token),
			accountId: target.id,
			createdAt: now,
			expiresAt: new Date(now.getTime() + RECOVERY_LINK_MINUTES * 60_000)
		});
		const email = recoveryEmail({
			to: target.email!,
			locale: target.locale,
			discreet: target.discreet,
			siteUrl: mail.siteUrl,
			token
		});
		// A failed send leaves an unused token that expires by itself; the person can ask again.
		await mail.mailer.send(email).catch(() => undefined);
	}
}
