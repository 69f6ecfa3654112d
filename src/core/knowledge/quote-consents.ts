import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, messages, quoteConsents } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { readableMessage } from './message-source';

export const RequestQuoteConsentSchema = z.object({ messageId: z.uuid('validation.invalid') });
export const AnswerQuoteConsentSchema = z.object({
	consentId: z.uuid('validation.invalid'),
	decision: z.enum(['grant', 'refuse'], 'validation.invalid')
});

/**
 * A participant asks the author of a message they can read for consent to turn it into a draft
 * contribution. Asked once per message and person (a unique index): asking again changes nothing.
 */
export async function requestQuoteConsent(ctx: Ctx, input: z.input<typeof RequestQuoteConsentSchema>) {
	const actor = requireActor(ctx);
	const { messageId } = parseInput(RequestQuoteConsentSchema, input);
	const message = await readableMessage(ctx.db, messageId, actor.accountId);
	if (message.authorId === null) throw new DomainError('NOT_FOUND');
	permit(message.authorId !== actor.accountId, 'error.contribution.ownWords');
	await ctx.db
		.insert(quoteConsents)
		.values({
			messageId,
			conversationId: message.conversationId,
			requesterId: actor.accountId,
			authorId: message.authorId,
			createdAt: ctx.clock.now()
		})
		.onConflictDoNothing();
	const [row] = await ctx.db
		.select({ id: quoteConsents.id, status: quoteConsents.status })
		.from(quoteConsents)
		.where(and(eq(quoteConsents.messageId, messageId), eq(quoteConsents.requesterId, actor.accountId)));
	return row!;
}

/** The author of the message grants or refuses; they can change their answer while no draft was made. */
export async function answerQuoteConsent(ctx: Ctx, input: z.input<typeof AnswerQuoteConsentSchema>) {
	const actor = requireActor(ctx);
	const { consentId, decision } = parseInput(AnswerQuoteConsentSchema, input);
	const status = decision === 'grant' ? 'granted' : 'refused';
	const updated = await ctx.db
		.update(quoteConsents)
		.set({ status, decidedAt: ctx.clock.now() })
		.where(and(eq(quoteConsents.id, consentId), eq(quoteConsents.authorId, actor.accountId)))
		.returning({ id: quoteConsents.id });
	if (updated.length === 0) throw new DomainError('NOT_FOUND');
	return { id: consentId, status };
}

/** Requests to quote the person's messages still there, newest first, with the words and who asks. */
export async function listQuoteRequests(ctx: Ctx) {
	const actor = requireActor(ctx);
	const rows = await ctx.db
		.select({
			id: quoteConsents.id,
			status: quoteConsents.status,
			createdAt: quoteConsents.createdAt,
			conversationId: quoteConsents.conversationId,
			requester: accounts.pseudonym,
			excerpt: messages.body
		})
		.from(quoteConsents)
		.innerJoin(accounts, eq(accounts.id, quoteConsents.requesterId))
		.innerJoin(
			messages,
			and(
				eq(messages.id, quoteConsents.messageId),
				eq(messages.authorId, actor.accountId),
				isNull(messages.deletedAt),
				isNull(messages.hiddenAt)
			)
		)
		.where(eq(quoteConsents.authorId, actor.accountId))
		.orderBy(desc(quoteConsents.createdAt))
		.limit(100);
	return rows.map((row) => ({
		...row,
		status: row.status as 'pending' | 'granted' | 'refused',
		excerpt: row.excerpt ?? ''
	}));
}
