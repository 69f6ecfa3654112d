import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contributions, quoteConsents } from '../../db/schema';
import { DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { insertContribution } from './create-contribution';
import { markdownNesting, markdownToPlainText, MAX_MARKDOWN_NESTING } from './markdown';
import { readableMessage } from './message-source';
import { loadKnowledgeViewer } from './queries';
import { LIMITS } from './vocabulary';

export const CreateDraftFromMessageSchema = z.object({ messageId: z.uuid('validation.invalid') });

/** A first title from the message: its first sentence, cut at a word under 80 characters. */
export function titleFrom(text: string): string {
	const plain = markdownToPlainText(text);
	const sentence = /^(.{3,}?[.!?…])(\s|$)/u.exec(plain)?.[1] ?? plain;
	if (sentence.length <= 80) return sentence.length >= 3 ? sentence : `${sentence}…`.padEnd(3, '…');
	return `${sentence.slice(0, 79).replace(/\s+\S*$/u, '')}…`;
}

/** A message as Markdown: messages are plain text, so nesting deeper than contributions allow is flattened. */
const asMarkdown = (text: string) =>
	(markdownNesting(text) > MAX_MARKDOWN_NESTING ? text.replace(/^[\s>]+/gm, '') : text).slice(0, LIMITS.body);

/**
 * A participant turns a message of a conversation into a draft contribution (only they see it until they
 * publish it). Their own words; someone else's only with that person's consent, given from their side
 * (`quote_consents`, granted). The draft is written for the conversation's organisation when they belong to
 * it, else for signed-in members. The same message gives the same draft again (a double click, a retry).
 */
export async function createDraftFromMessage(ctx: Ctx, input: z.input<typeof CreateDraftFromMessageSchema>) {
	const actor = requireActor(ctx);
	const { messageId } = parseInput(CreateDraftFromMessageSchema, input);
	return ctx.db.transaction(async (tx) => {
		const message = await readableMessage(tx, messageId, actor.accountId);
		if (message.authorId !== actor.accountId) {
			const [consent] = await tx
				.select({ status: quoteConsents.status })
				.from(quoteConsents)
				.where(and(eq(quoteConsents.messageId, messageId), eq(quoteConsents.requesterId, actor.accountId)));
			if (consent?.status !== 'granted')
				throw new DomainError('FORBIDDEN', 'error.contribution.notYourWords');
		}
		await lockKey(tx, `knowledge-draft:${actor.accountId}:${messageId}`);
		const [existing] = await tx
			.select({ id: contributions.id })
			.from(contributions)
			.where(and(eq(contributions.authorId, actor.accountId), eq(contributions.sourceMessageId, messageId)));
		if (existing) return { id: existing.id, created: false };
		const viewer = await loadKnowledgeViewer(tx, actor);
		const inOrganisation = message.organisationId !== null && viewer?.roles.has(message.organisationId);
		const { id } = await insertContribution(tx, ctx, {
			title: titleFrom(message.body),
			body: asMarkdown(message.body),
			form: 'action',
			experienceIds: [],
			helpedWith: '',
			contentWarnings: [],
			easyReadSummary: '',
			byline: 'pseudonym',
			audience: inOrganisation ? 'organisation' : 'members',
			organisationId: inOrganisation ? message.organisationId : null,
			language: 'fr',
			researchConsent: false,
			licence: null,
			keepOnErasure: false,
			status: 'draft',
			sourceMessageId: messageId
		});
		return { id, created: true };
	});
}
