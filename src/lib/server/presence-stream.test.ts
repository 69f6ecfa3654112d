import { describe, expect, it } from 'vitest';
import { contextFor, openGroupOfThree } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { setPresenceVisibility, signalTyping } from '$core/conversations';
import { blockPerson } from '$core/matching';
import type { Actor } from '$core/shared';
import { EventHub } from '$realtime/hub';
import { conversationStream } from './conversation-stream';
import { presenceTrackerFor } from './presence-stream';

const db = useTestDatabase();

/** A stream's text, read as it comes. */
function follow(response: Response) {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	return {
		/** Reads until `until` matches (or fails after a few seconds); returns everything read so far. */
		async until(until: RegExp) {
			const deadline = Date.now() + 5000;
			while (!until.test(text)) {
				if (Date.now() > deadline) throw new Error(`stream never said ${until}: ${text}`);
				const { value, done } = await reader.read();
				if (done) break;
				text += decoder.decode(value);
			}
			return text;
		},
		close: () => reader.cancel()
	};
}

const presence = (accountId: string, online: boolean) =>
	new RegExp(`event: presence\\ndata: \\{"accountId":"${accountId}","online":${online}\\}`);
const typing = (accountId: string) => new RegExp(`event: typing\\ndata: \\{"accountId":"${accountId}"\\}`);

const group = () => openGroupOfThree(db(), 'Flux de présence');

describe('presence and typing on a conversation’s event stream', () => {
	it('says where others stand on opening, then when someone who shows it comes and goes', async () => {
		const { conversationId, coordinator, first } = await group();
		const hub = new EventHub();
		const open = (actor: Actor) =>
			conversationStream(contextFor(db(), actor, { events: hub }), hub, conversationId, 0);
		const watcher = follow(await open(coordinator));
		expect(await watcher.until(presence(first.accountId, false))).not.toMatch(
			presence(coordinator.accountId, false)
		);

		// Present but hidden: nothing to see. Once they choose to show it, open pages learn it.
		const firstStream = follow(await open(first));
		await presenceTrackerFor(contextFor(db(), first), hub).settled();
		await setPresenceVisibility(contextFor(db(), first, { events: hub }), { conversationId, visible: true });
		await watcher.until(presence(first.accountId, true));

		// Their last stream closes: they leave now.
		await firstStream.close();
		await watcher.until(
			new RegExp(
				`${presence(first.accountId, true).source}[\\s\\S]*${presence(first.accountId, false).source}`
			)
		);
		await watcher.close();
		await presenceTrackerFor(contextFor(db(), first), hub).settled();
	});

	it('tells others that someone types, never the typer, never across a block', async () => {
		const { conversationId, coordinator, first, second } = await group();
		const hub = new EventHub();
		const open = async (actor: Actor) =>
			follow(await conversationStream(contextFor(db(), actor, { events: hub }), hub, conversationId, 0));
		const [coordinatorSees, firstSees, secondSees] = [
			await open(coordinator),
			await open(first),
			await open(second)
		];
		for (const person of [coordinator, first])
			await setPresenceVisibility(contextFor(db(), person), { conversationId, visible: true });
		await blockPerson(contextFor(db(), second), { accountId: first.accountId });

		await signalTyping(contextFor(db(), first, { events: hub }), { conversationId });
		// The coordinator typing afterwards marks the point by which the first signal would have arrived:
		// each stream sends presence and typing in the order the events came.
		await signalTyping(contextFor(db(), coordinator, { events: hub }), { conversationId });

		expect(await coordinatorSees.until(typing(first.accountId))).not.toMatch(typing(coordinator.accountId));
		expect(await firstSees.until(typing(coordinator.accountId))).not.toMatch(typing(first.accountId));
		expect(await secondSees.until(typing(coordinator.accountId))).not.toMatch(typing(first.accountId));
		await Promise.all([coordinatorSees.close(), firstSees.close(), secondSees.close()]);
		await presenceTrackerFor(contextFor(db(), first), hub).settled();
	});
});
