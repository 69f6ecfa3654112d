import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { leaveConversation, sendMessage, startGroupConversation } from '$core/conversations';
import { blockPerson } from '$core/matching';
import { manageMembership } from '$core/organisations';
import type { Actor } from '$core/shared';
import { EventHub } from '$realtime/hub';
import { conversationStream } from './conversation-stream';

const db = useTestDatabase();

/** Reads a stream's text until `until` matches it (or fails after a few seconds). */
async function readUntil(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	seen: { text: string },
	until: RegExp
) {
	const decoder = new TextDecoder();
	const deadline = Date.now() + 5000;
	while (!until.test(seen.text)) {
		if (Date.now() > deadline) throw new Error(`stream never said ${until}: ${seen.text}`);
		const { value, done } = await reader.read();
		if (done) break;
		seen.text += decoder.decode(value);
	}
	return seen.text;
}

describe('a group conversation’s event stream', () => {
	it('never sends the blocker what a blocked person writes, and says `gone` once the reader left', async () => {
		const { organisation, members } = await buildOrganisation(db(), {
			members: ['coordinator', 'member', 'member']
		});
		const [coordinator, blocked, blocker] = members as unknown as [Actor, Actor, Actor];
		const hub = new EventHub();
		await blockPerson(contextFor(db(), blocker), { accountId: blocked.accountId });
		const { conversationId } = await startGroupConversation(contextFor(db(), coordinator), {
			slug: organisation.slug,
			title: 'Flux',
			participantIds: [blocked.accountId, blocker.accountId]
		});
		const stranger = await buildAccount(db());
		await expect(
			conversationStream(contextFor(db(), stranger), hub, conversationId, 0)
		).rejects.toMatchObject({ code: 'NOT_FOUND' });

		const response = await conversationStream(contextFor(db(), blocker), hub, conversationId, 0);
		const reader = response.body!.getReader();
		const seen = { text: '' };
		const say = (actor: Actor, body: string) =>
			sendMessage(contextFor(db(), actor, { events: hub }), {
				conversationId,
				messageId: randomUUID(),
				body
			});
		await say(blocked, 'Écrit par la personne bloquée');
		await say(coordinator, 'Écrit par la coordinatrice');
		const text = await readUntil(reader, seen, /Écrit par la coordinatrice/);
		expect(text).not.toContain('personne bloquée');

		await leaveConversation(contextFor(db(), blocker, { events: hub }), { conversationId });
		expect(await readUntil(reader, seen, /event: gone/)).toContain('event: gone');
		await reader.cancel();
	});
});

describe('a removed member’s event stream', () => {
	it('says `gone` and ends when a coordinator removes them from the group’s organisation', async () => {
		const { organisation, members } = await buildOrganisation(db(), {
			members: ['coordinator', 'member', 'member']
		});
		const [coordinator, removed, stayer] = members as unknown as Array<Actor & { membershipId: string }>;
		const hub = new EventHub();
		const { conversationId } = await startGroupConversation(contextFor(db(), coordinator!), {
			slug: organisation.slug,
			title: 'Flux',
			participantIds: [removed!.accountId, stayer!.accountId]
		});
		const response = await conversationStream(contextFor(db(), removed!), hub, conversationId, 0);
		const reader = response.body!.getReader();
		const seen = { text: '' };
		await manageMembership(contextFor(db(), coordinator!, { events: hub }), {
			slug: organisation.slug,
			membershipId: removed!.membershipId,
			decision: 'remove'
		});
		expect(await readUntil(reader, seen, /event: gone/)).toContain('event: gone');
		await sendMessage(contextFor(db(), stayer!, { events: hub }), {
			conversationId,
			messageId: randomUUID(),
			body: 'Après son départ'
		});
		// The stream ended: reading it again finds it done, and nothing written since reached it.
		await expect(reader.read()).resolves.toMatchObject({ done: true });
		expect(seen.text).not.toContain('Après son départ');
	});
});
