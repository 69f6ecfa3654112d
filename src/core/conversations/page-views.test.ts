import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { contextFor, fixedClock, openGroupOfThree } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversationParticipants } from '../../db/schema';
import { RecordingEventSink, type Actor } from '../shared';
import { myConversations, unreadMessageCount } from './my-conversations';
import { PRESENCE_ON_PAGE_MS } from './presence-policy';
import { PresenceTracker, VIEW_BATCH_MS } from './presence-tracker';
import { viewPresence } from './presence-view';
import { readConversation } from './read-conversation';
import { sendMessage } from './send-message';
import { setPresenceVisibility } from './set-presence-visibility';

const db = useTestDatabase();

const say = (actor: Actor, conversationId: string, body: string) =>
	sendMessage(contextFor(db(), actor), { conversationId, messageId: randomUUID(), body });

async function participation(conversationId: string, accountId: string) {
	const [row] = await db()
		.select({
			lastReadSeq: conversationParticipants.lastReadSeq,
			presentUntil: conversationParticipants.presentUntil
		})
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversationId),
				eq(conversationParticipants.accountId, accountId)
			)
		);
	return row!;
}

/** A group where `first` shows their presence and three messages from the coordinator wait for them. */
async function threeUnread() {
	const group = await openGroupOfThree(db(), 'Vues');
	await setPresenceVisibility(contextFor(db(), group.first), {
		conversationId: group.conversationId,
		visible: true
	});
	for (const body of ['Un', 'Deux', 'Trois']) await say(group.coordinator, group.conversationId, body);
	return group;
}

describe('viewing a conversation (STYLE rule 21: a page reads, it does not write)', () => {
	it('writes nothing per view: 40 views at once leave the read marker and presence where they were', async () => {
		const { conversationId, first } = await threeUnread();
		const before = await participation(conversationId, first.accountId);
		const clock = fixedClock(new Date());
		const ctx = contextFor(db(), first, { clock });
		const views = await Promise.all(
			Array.from({ length: 40 }, async () => ({
				read: await readConversation(ctx, { conversationId }),
				presence: await viewPresence(ctx, { conversationId })
			}))
		);
		expect(await participation(conversationId, first.accountId)).toEqual(before);
		expect(ctx.events.events).toEqual([]);
		expect(await unreadMessageCount(ctx)).toBe(3);
		// Each view knows where the marker must go and that presence must be pushed forward.
		const newest = views[0]!.read.messages.at(-1)!.seq;
		for (const { read, presence } of views) {
			expect(read.readUpTo).toBe(newest);
			expect(read.unreadFrom).toBe(before.lastReadSeq);
			expect(presence.extendPresence).toBe(true);
		}
	});

	it('records all the views of a moment in one batch: unread counts, marker and presence are then right', async () => {
		const { conversationId, coordinator, first } = await threeUnread();
		const clock = fixedClock(new Date());
		const ctx = contextFor(db(), first, { clock });
		const events = new RecordingEventSink();
		const tracker = new PresenceTracker(db(), events, clock);
		const execute = vi.spyOn(db(), 'execute');
		try {
			await Promise.all(
				Array.from({ length: 40 }, async () => {
					const read = await readConversation(ctx, { conversationId });
					const presence = await viewPresence(ctx, { conversationId });
					tracker.view(conversationId, first.accountId, {
						presentUntil: presence.presentUntil,
						readUpTo: read.readUpTo ?? undefined
					});
				})
			);
			const newest = (await readConversation(ctx, { conversationId })).messages.at(-1)!.seq;
			expect(tracker.pendingViewCount).toBe(1);
			// The page shown before the batch is written already counts the view (no "new messages" again).
			expect(tracker.pendingReadUpTo(conversationId, first.accountId)).toBe(newest);
			execute.mockClear();
			await tracker.flushViews();
			expect(execute).toHaveBeenCalledTimes(1);
		} finally {
			execute.mockRestore();
		}
		const after = await participation(conversationId, first.accountId);
		expect(after.presentUntil).toEqual(new Date(clock.now().getTime() + PRESENCE_ON_PAGE_MS));
		expect(await unreadMessageCount(ctx)).toBe(0);
		expect((await myConversations(ctx))[0]).toMatchObject({ id: conversationId, unread: 0 });
		const again = await readConversation(ctx, { conversationId });
		expect(again.unreadFrom).toBe(again.messages.at(-1)!.seq);
		expect(again.readUpTo).toBeNull();
		// Others hear once that they came, not 40 times.
		expect(events.events).toEqual([{ type: 'presence.changed', conversationId, accountId: first.accountId }]);
		// A new message is unread again, with its marker where it starts.
		const { seq } = await say(coordinator, conversationId, 'Quatre');
		expect(await unreadMessageCount(ctx)).toBe(1);
		const next = await readConversation(ctx, { conversationId });
		expect(next.unreadFrom).toBe(again.unreadFrom);
		expect(next.readUpTo).toBe(seq);
	});

	it('does not push presence again while a view is recent, and writes the batch by itself', async () => {
		const { conversationId, first } = await threeUnread();
		const ctx = contextFor(db(), first);
		const tracker = new PresenceTracker(db(), new RecordingEventSink(), ctx.clock);
		const presence = await viewPresence(ctx, { conversationId });
		tracker.view(conversationId, first.accountId, { presentUntil: presence.presentUntil });
		await vi.waitFor(
			async () => expect((await participation(conversationId, first.accountId)).presentUntil).not.toBeNull(),
			{
				timeout: VIEW_BATCH_MS * 20
			}
		);
		expect(tracker.pendingViewCount).toBe(0);
		expect((await viewPresence(ctx, { conversationId })).extendPresence).toBe(false);
		tracker.stop();
	});
});
