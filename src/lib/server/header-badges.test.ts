import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
	buildOrganisation,
	contextFor,
	fixedClock,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { readConversation, sendMessage } from '$core/conversations';
import { notify } from '$core/notifications';
import type { Actor, EventSink } from '$core/shared';
import { EventHub } from '$realtime/hub';
import { BADGES_FRESH_MS, forgetBadges, headerBadges } from './header-badges';
import { presenceTrackerFor } from './presence-stream';

const db = useTestDatabase();

async function accompanied() {
	const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
	const [member, supporter] = members as unknown as [Actor, Actor];
	return { member, supporter, ...(await openAccompaniment(db(), member, supporter)) };
}

describe('the header badges', () => {
	it('are counted once for 50 simultaneous pages of one person, not once per page', async () => {
		const { supporter } = await accompanied();
		const hub = new EventHub();
		const select = vi.spyOn(db(), 'select');
		try {
			const ctx = contextFor(db(), supporter, { events: hub });
			const all = await Promise.all(Array.from({ length: 50 }, () => headerBadges(ctx, hub)));
			expect(new Set(all.map((badges) => JSON.stringify(badges))).size).toBe(1);
			// Unread count and staff scope: one query each, whatever the number of pages.
			expect(select.mock.calls.length).toBeLessThanOrEqual(4);
		} finally {
			select.mockRestore();
		}
	});

	it('are never stale after a message, the person’s own action or their reading', async () => {
		const { member, supporter, conversationId } = await accompanied();
		const hub = new EventHub();
		const clock = fixedClock(new Date());
		const supporterCtx = contextFor(db(), supporter, { events: hub, clock });
		const send = (body: string, events: EventSink = hub) =>
			sendMessage(contextFor(db(), member, { events }), { conversationId, messageId: randomUUID(), body });
		expect((await headerBadges(supporterCtx, hub)).unread).toBe(0);

		// A message arrives: its event (delivered to every process) makes the count fresh.
		await send('Bonjour');
		expect((await headerBadges(supporterCtx, hub)).unread).toBe(1);

		// Something that announced nothing here is seen once the person acts, or a few seconds later.
		await send('Sans annonce', contextFor(db(), member).events);
		expect((await headerBadges(supporterCtx, hub)).unread).toBe(1);
		forgetBadges(hub, supporter.accountId);
		expect((await headerBadges(supporterCtx, hub)).unread).toBe(2);
		await send('Encore sans annonce', contextFor(db(), member).events);
		clock.advance(BADGES_FRESH_MS);
		expect((await headerBadges(supporterCtx, hub)).unread).toBe(3);

		// Reading the conversation: once the batch records the view, the badge counts it.
		const read = await readConversation(supporterCtx, { conversationId });
		const tracker = presenceTrackerFor(supporterCtx, hub);
		tracker.view(conversationId, supporter.accountId, { readUpTo: read.readUpTo ?? undefined });
		await tracker.flushViews();
		expect((await headerBadges(supporterCtx, hub)).unread).toBe(0);
		tracker.stop();
	});

	it('count a notification as soon as its event arrives, though the badges were just counted', async () => {
		const { supporter } = await accompanied();
		const hub = new EventHub();
		const ctx = contextFor(db(), supporter, { events: hub, clock: fixedClock(new Date()) });
		const before = (await headerBadges(ctx, hub)).notifications;
		const event = await notify(db(), {
			accountId: supporter.accountId,
			kind: 'report.handled',
			subjectId: randomUUID()
		});
		expect((await headerBadges(ctx, hub)).notifications).toBe(before); // no event yet: still cached
		hub.emit(event!);
		expect((await headerBadges(ctx, hub)).notifications).toBe(before + 1);
	});
});
