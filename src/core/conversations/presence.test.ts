import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	fixedClock,
	openAccompaniment,
	openGroupOfThree
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversationParticipants } from '../../db/schema';
import { blockPerson, endAccompaniment } from '../matching';
import { exportPersonalData } from '../my-data';
import { RecordingEventSink, type Actor } from '../shared';
import { PRESENCE_ON_PAGE_MS, PRESENCE_ON_STREAM_MS, TYPING_RULE } from './presence-policy';
import { PresenceTracker } from './presence-tracker';
import { presenceOfOthers, seesTypingOf, viewPresence } from './presence-view';
import { setPresenceVisibility } from './set-presence-visibility';
import { signalTyping } from './signal-typing';

const db = useTestDatabase();

const group = () => openGroupOfThree(db(), 'Présence');

const show = (actor: Actor, conversationId: string, visible = true) =>
	setPresenceVisibility(contextFor(db(), actor), { conversationId, visible });

const onlineSeenBy = async (viewer: Actor, conversationId: string, clock = fixedClock(new Date())) =>
	(await presenceOfOthers(contextFor(db(), viewer, { clock }), { conversationId }))
		.filter((person) => person.online)
		.map((person) => person.accountId);

/** What the conversation's page does: read, then a process's batch records the view (written at once). */
async function visit(ctx: ReturnType<typeof contextFor>, input: { conversationId: string }) {
	const view = await viewPresence(ctx, input);
	const tracker = new PresenceTracker(ctx.db, ctx.events, ctx.clock);
	tracker.view(input.conversationId, ctx.actor!.accountId, {
		presentUntil: view.extendPresence ? view.presentUntil : undefined
	});
	await tracker.flushViews();
	return view;
}

async function presentUntil(conversationId: string, accountId: string) {
	const [row] = await db()
		.select({ presentUntil: conversationParticipants.presentUntil })
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversationId),
				eq(conversationParticipants.accountId, accountId)
			)
		);
	return row?.presentUntil ?? null;
}

describe('choosing to show one’s presence', () => {
	it('is hidden by default, and only participants can choose; others get NOT_FOUND', async () => {
		const { conversationId, first } = await group();
		const view = await visit(contextFor(db(), first), { conversationId });
		expect(view.visible).toBe(false);
		const stranger = await buildAccount(db());
		await expect(show(stranger, conversationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(visit(contextFor(db(), stranger), { conversationId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('takes booleans only', async () => {
		const { conversationId, first } = await group();
		for (const visible of ['true', 'on', 1, null, undefined])
			await expect(
				setPresenceVisibility(contextFor(db(), first), { conversationId, visible: visible as never })
			).rejects.toMatchObject({ code: 'INVALID' });
		await expect(
			setPresenceVisibility(contextFor(db(), first), { conversationId: 'nope', visible: true })
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('tells open pages when the choice changes, and only then', async () => {
		const { conversationId, first } = await group();
		const turnOn = contextFor(db(), first);
		expect(await setPresenceVisibility(turnOn, { conversationId, visible: true })).toEqual({ visible: true });
		expect(turnOn.events.events).toEqual([
			{ type: 'presence.changed', conversationId, accountId: first.accountId }
		]);
		const again = contextFor(db(), first);
		await setPresenceVisibility(again, { conversationId, visible: true });
		expect(again.events.events).toEqual([]);
		const turnOff = contextFor(db(), first);
		await setPresenceVisibility(turnOff, { conversationId, visible: false });
		expect(turnOff.events.events).toHaveLength(1);
	});

	it('is in the person’s export, conversation by conversation', async () => {
		const { conversationId, first } = await group();
		await show(first, conversationId);
		const exported = (await exportPersonalData(contextFor(db(), first))) as unknown as {
			conversations: { conversations: Array<{ conversationId: string; showPresence: boolean }> };
		};
		expect(exported.conversations.conversations).toContainEqual(
			expect.objectContaining({ conversationId, showPresence: true })
		);
	});
});

describe('being seen online', () => {
	it('shows a participant online only once they chose it, while they are there', async () => {
		const { conversationId, coordinator, first } = await group();
		const clock = fixedClock(new Date());
		const viewing = contextFor(db(), first, { clock });
		await visit(viewing, { conversationId });
		expect(viewing.events.events).toEqual([]); // hidden: nobody could see a change
		expect(await onlineSeenBy(coordinator, conversationId, clock)).toEqual([]);

		await show(first, conversationId);
		expect(await onlineSeenBy(coordinator, conversationId, clock)).toEqual([first.accountId]);
		const coordinatorView = await visit(contextFor(db(), coordinator, { clock }), { conversationId });
		expect(coordinatorView.online).toEqual([first.accountId]);
		// Never about oneself.
		expect((await visit(contextFor(db(), first, { clock }), { conversationId })).online).toEqual([]);

		clock.advance(PRESENCE_ON_PAGE_MS + 1000);
		expect(await onlineSeenBy(coordinator, conversationId, clock)).toEqual([]);
	});

	it('tells others when someone who shows it comes back, not at every page view', async () => {
		const { conversationId, first } = await group();
		await show(first, conversationId);
		const clock = fixedClock(new Date());
		const firstView = contextFor(db(), first, { clock });
		await visit(firstView, { conversationId });
		expect(firstView.events.events).toEqual([
			{ type: 'presence.changed', conversationId, accountId: first.accountId }
		]);
		const secondView = contextFor(db(), first, { clock });
		await visit(secondView, { conversationId });
		expect(secondView.events.events).toEqual([]);
		expect(await presentUntil(conversationId, first.accountId)).toEqual(
			new Date(clock.now().getTime() + PRESENCE_ON_PAGE_MS)
		);
	});

	it('shows nothing between people who blocked one another, either way', async () => {
		const { conversationId, coordinator, first, second } = await group();
		for (const person of [first, second]) {
			await show(person, conversationId);
			await visit(contextFor(db(), person), { conversationId });
		}
		await blockPerson(contextFor(db(), first), { accountId: coordinator.accountId });
		expect(await onlineSeenBy(coordinator, conversationId)).toEqual([second.accountId]);
		expect(await onlineSeenBy(first, conversationId)).toEqual([second.accountId]);
		expect((await onlineSeenBy(second, conversationId)).sort()).toEqual([first.accountId].sort());
	});

	it('tells a stranger nothing at all', async () => {
		const { conversationId, first } = await group();
		await show(first, conversationId);
		await visit(contextFor(db(), first), { conversationId });
		const stranger = await buildAccount(db());
		expect(await presenceOfOthers(contextFor(db(), stranger), { conversationId })).toEqual([]);
		expect(
			await seesTypingOf(contextFor(db(), stranger), { conversationId, accountId: first.accountId })
		).toBe(false);
	});
});

describe('typing', () => {
	it('does nothing for someone who does not show their presence (the default)', async () => {
		const { conversationId, first } = await group();
		const ctx = contextFor(db(), first);
		expect(await signalTyping(ctx, { conversationId })).toEqual({ signalled: false });
		expect(ctx.events.events).toEqual([]);
	});

	it('emits an ephemeral event for someone who shows it; others may see it unless blocked', async () => {
		const { conversationId, coordinator, first, second } = await group();
		await show(first, conversationId);
		const ctx = contextFor(db(), first);
		expect(await signalTyping(ctx, { conversationId })).toEqual({ signalled: true });
		expect(ctx.events.events).toEqual([
			{ type: 'conversation.typing', conversationId, accountId: first.accountId }
		]);
		await blockPerson(contextFor(db(), second), { accountId: first.accountId });
		const sees = (viewer: Actor) =>
			seesTypingOf(contextFor(db(), viewer), { conversationId, accountId: first.accountId });
		expect(await sees(coordinator)).toBe(true);
		expect(await sees(second)).toBe(false);
		expect(await sees(first)).toBe(false);
	});

	it('answers NOT_FOUND to a stranger and CONFLICT once the conversation is closed', async () => {
		const { conversationId } = await group();
		const stranger = await buildAccount(db());
		await expect(signalTyping(contextFor(db(), stranger), { conversationId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
		const [member, supporter] = members as unknown as [Actor, Actor];
		const accompaniment = await openAccompaniment(db(), member, supporter);
		await show(member, accompaniment.conversationId);
		await endAccompaniment(contextFor(db(), supporter), { accompanimentId: accompaniment.accompanimentId });
		await expect(
			signalTyping(contextFor(db(), member), { conversationId: accompaniment.conversationId })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('shows a supporter online to the person they accompany, and no more once the accompaniment ended', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
		const [member, supporter] = members as unknown as [Actor, Actor];
		const { conversationId, accompanimentId } = await openAccompaniment(db(), member, supporter);
		await show(supporter, conversationId);
		await visit(contextFor(db(), supporter), { conversationId });
		const seenByMember = async () =>
			(await presenceOfOthers(contextFor(db(), member), { conversationId })).map((person) => person.online);
		expect(await seenByMember()).toEqual([true]);
		await endAccompaniment(contextFor(db(), supporter), { accompanimentId });
		await visit(contextFor(db(), supporter), { conversationId });
		expect(await seenByMember()).toEqual([false]);
		expect(
			await seesTypingOf(contextFor(db(), member), { conversationId, accountId: supporter.accountId })
		).toBe(false);
	});

	it('stops a person past 30 signals a minute, and lets them go on the next minute', async () => {
		const { conversationId, first } = await group();
		await show(first, conversationId);
		const clock = fixedClock(new Date());
		const ctx = contextFor(db(), first, { clock });
		for (let signal = 0; signal < TYPING_RULE.capacity; signal++) await signalTyping(ctx, { conversationId });
		await expect(signalTyping(ctx, { conversationId })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
		clock.advance(TYPING_RULE.perSeconds * 1000 + 1);
		expect(await signalTyping(ctx, { conversationId })).toEqual({ signalled: true });
	});
});

describe('presence from open event streams', () => {
	it('comes with the first stream, stays while another is open, and ends with the last', async () => {
		const { conversationId, coordinator, first } = await group();
		await show(first, conversationId);
		const clock = fixedClock(new Date());
		const events = new RecordingEventSink();
		const tracker = new PresenceTracker(db(), events, clock);
		const closeFirst = tracker.enter(conversationId, first.accountId);
		const closeSecond = tracker.enter(conversationId, first.accountId);
		await tracker.settled();
		expect(events.events).toEqual([{ type: 'presence.changed', conversationId, accountId: first.accountId }]);
		expect(await presentUntil(conversationId, first.accountId)).toEqual(
			new Date(clock.now().getTime() + PRESENCE_ON_STREAM_MS)
		);

		closeFirst();
		await tracker.settled();
		expect(await onlineSeenBy(coordinator, conversationId, clock)).toEqual([first.accountId]);
		expect(events.events).toHaveLength(1);

		closeSecond();
		closeSecond(); // closing twice changes nothing
		await tracker.settled();
		expect(await onlineSeenBy(coordinator, conversationId, clock)).toEqual([]);
		expect(events.events).toHaveLength(2);
		expect(tracker.openCount).toBe(0);
	});

	it('keeps every open stream fresh with one statement per refresh, without events', async () => {
		const { conversationId, coordinator, first, second } = await group();
		const clock = fixedClock(new Date());
		const events = new RecordingEventSink();
		const tracker = new PresenceTracker(db(), events, clock);
		const closes = [coordinator, first, second].map((person) =>
			tracker.enter(conversationId, person.accountId)
		);
		await tracker.settled();
		clock.advance(60_000);
		const statements = vi.spyOn(db(), 'execute');
		try {
			await tracker.refresh();
			expect(statements).toHaveBeenCalledTimes(1);
		} finally {
			statements.mockRestore();
		}
		for (const person of [coordinator, first, second])
			expect(await presentUntil(conversationId, person.accountId)).toEqual(
				new Date(clock.now().getTime() + PRESENCE_ON_STREAM_MS)
			);
		expect(events.events).toEqual([]); // none of them shows their presence
		for (const close of closes) close();
		await tracker.settled();
	});

	it('leaves presence to expire by itself when the process stops (browsers reconnect elsewhere)', async () => {
		const { conversationId, first } = await group();
		await show(first, conversationId);
		const events = new RecordingEventSink();
		const tracker = new PresenceTracker(db(), events, fixedClock(new Date()));
		const close = tracker.enter(conversationId, first.accountId);
		await tracker.settled();
		tracker.stop();
		close();
		await tracker.settled();
		expect(events.events).toHaveLength(1); // came, and never told to have left
		expect(tracker.openCount).toBe(0);
	});

	it('announces the end of a page view’s presence at the first tick after it, unless it went on', async () => {
		const { conversationId, coordinator, first, second } = await group();
		const clock = fixedClock(new Date());
		for (const person of [coordinator, first]) await show(person, conversationId);
		const events = new RecordingEventSink();
		const tracker = new PresenceTracker(db(), events, clock);
		for (const person of [coordinator, first, second]) {
			const { presentUntil } = await visit(contextFor(db(), person, { clock }), { conversationId });
			tracker.watch(conversationId, person.accountId, presentUntil);
		}
		clock.advance(60_000);
		await tracker.tick();
		expect(events.events).toEqual([]); // nobody's presence ended yet

		// The coordinator views the page again (that view would be watched where it happened); the others'
		// two minutes pass.
		await visit(contextFor(db(), coordinator, { clock }), { conversationId });
		clock.advance(PRESENCE_ON_PAGE_MS - 30_000);
		await tracker.tick();
		// Only someone who shows it, and has really gone (the second never chose to show it).
		expect(events.events).toEqual([{ type: 'presence.changed', conversationId, accountId: first.accountId }]);
		expect(tracker.watchedCount).toBe(0);
	});
});
