import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import type { Actor } from '../shared';
import { editMessage } from './edit-message';
import { messageBody } from './schemas';
import { sendMessage } from './send-message';

const db = useTestDatabase();

const judge = (body: string) => {
	const result = messageBody.safeParse(body);
	return result.success ? 'ok' : result.error.issues[0]!.message;
};

describe('message body', () => {
	it.each([
		['Bonjour', 'ok'],
		['  Bonjour  ', 'ok'],
		['👋', 'ok'],
		['مرحبا', 'ok'], // right-to-left text is text
		['\u200bBonjour', 'ok'], // an invisible character beside visible text is left alone
		['', 'validation.message.empty'],
		['   \n\t ', 'validation.message.empty'],
		['\u200b', 'validation.message.empty'], // zero-width space
		['\u202e', 'validation.message.empty'], // right-to-left override
		['\u200b \u200c\u200d\u2060\ufeff', 'validation.message.empty'], // with spaces, joiners, BOM
		['\u00ad\u034f\u180e', 'validation.message.empty'], // soft hyphen, grapheme joiner, Mongolian separator
		['\u3164\u115f\u2800', 'validation.message.empty'], // Hangul fillers, braille blank
		['\ufe0f\u{e0100}', 'validation.message.empty'], // variation selectors alone
		['\u0007\u001b', 'validation.message.empty'] // control characters
	])('judges %j: %s', (body, expected) => {
		expect(judge(body)).toBe(expected);
	});
});

describe('messages made only of invisible characters', () => {
	it('are refused when sent and when an edit would leave only them', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
		const [member, supporter] = members as unknown as [Actor, Actor];
		const { conversationId } = await openAccompaniment(db(), member, supporter);
		const ctx = contextFor(db(), member);
		await expect(
			sendMessage(ctx, { conversationId, messageId: randomUUID(), body: '\u200b \u202e\u2060' })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'body', message: 'validation.message.empty' }]
		});
		const sent = await sendMessage(ctx, { conversationId, messageId: randomUUID(), body: 'Bonjour' });
		await expect(
			editMessage(ctx, { conversationId, messageId: sent.id, body: '\u200b\u200b' })
		).rejects.toMatchObject({ code: 'INVALID' });
	});
});
