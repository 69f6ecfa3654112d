import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, messages, notifications, quoteConsents } from '../../db/schema';
import { isBlockedPair } from '../matching/queries';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { readableMessage } from './message-source';

export const RequestQuoteConsentSchema = z.object({ messageId: z.uuid('validation.invalid') });
export const AnswerQuoteConsentSchema = z.object({
	consentId: z.uuid('validation.invalid'),
	decision: z.enum(['grant', 'refuse'], 'validation.invalid')
});

/**
 * A participant asks the author of a message they can read for consent to turn it into a draft
 * contribution. Asked once per message and person (a unique index): asking again changes nothing. The
 * author is told once, when the request is made, without the message's words; not when either blocked
 * the other (the request still waits at /compte/savoirs).
 */
export async function requestQuoteConsent(ctx: Ctx, input: z.input<typeof RequestQuoteConsentSchema>) {
	const actor = requireActor(ctx);
	const { messageId } = parseInput(RequestQuoteConsentSchema, input);
	const message = await readableMessage(ctx.db, messageId, actor.accountId);
	const authorId = message.authorId;
	if (authorId === null) throw new DomainError('NOT_FOUND');
	permit(authorId !== actor.accountId, 'error.contribution.ownWords');
	const now = ctx.clock.now();
	const { consent, told } = await ctx.db.transaction(async (tx) => {
		// Parallel requests meet on the unique index: one inserts (and tells), the others insert nothing.
		const [inserted] = await tx
			.insert(quoteConsents)
			.values({
				messageId,
				conversationId: message.conversationId,
				requesterId: actor.accountId,
				authorId,
				createdAt: now
			})
			.onConflictDoNothing()
			.returning({ id: quoteConsents.id });
		const told =
			inserted && !(await isBlockedPair(tx, actor.accountId, authorId))
				? await notify(tx, {
						accountId: authorId,
						kind: 'knowledge.quote_requested',
						subjectId: inserted.id,
						organisationId: message.organisationId,
						now
					})
				: null;
		const [row] = await tx
			.select({ id: quoteConsents.id, status: quoteConsents.status })
			.from(quoteConsents)
			.where(and(eq(quoteConsents.messageId, messageId), eq(quoteConsents.requesterId, actor.accountId)));
		return { consent: row!, told };
	});
	if (told) ctx.events.emit(told);
	return consent;
}

/**
 * The author of the message grants or refuses; they can change their answer while no draft was made. The
 * requester is told (not when either blocked the other); when the author changes their answer, the same
 * notification comes back unread at the top, saying the new answer (once only per request still).
 */
export async function answerQuoteConsent(ctx: Ctx, input: z.input<typeof AnswerQuoteConsentSchema>) {
	const actor = requireActor(ctx);
	const { consentId, decision } = parseInput(AnswerQuoteConsentSchema, input);
	const status = decision === 'grant' ? 'granted' : 'refused';
	const now = ctx.clock.now();
	const events = await ctx.db.transaction(async (tx) => {
		const [consent] = await tx
			.select({ status: quoteConsents.status, requesterId: quoteConsents.requesterId })
			.from(quoteConsents)
			.where(and(eq(quoteConsents.id, consentId), eq(quoteConsents.authorId, actor.accountId)))
			.for('update');
		if (!consent) throw new DomainError('NOT_FOUND');
		// The same answer twice (a double click, a retry) changes nothing and tells nobody again.
		if (consent.status === status) return [];
		await tx.update(quoteConsents).set({ status, decidedAt: now }).where(eq(quoteConsents.id, consentId));
		if (await isBlockedPair(tx, actor.accountId, consent.requesterId)) return [];
		const told = await notify(tx, {
			accountId: consent.requesterId,
			kind: 'knowledge.quote_answered',
			subjectId: consentId,
			now
		});
		if (told) return [told];
		const raised = await tx
			.update(notifications)
			.set({ createdAt: now, readAt: null })
			.where(
				and(
					eq(notifications.accountId, consent.requesterId),
					eq(notifications.kind, 'knowledge.quote_answered'),
					eq(notifications.subjectId, consentId)
				)
			)
			.returning({ id: notifications.id });
		return raised.map((row): DomainEvent => ({
			type: 'notification.created',
			notificationId: row.id,
			accountId: consent.requesterId
		}));
	});
	for (const event of events) ctx.events.emit(event);
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
