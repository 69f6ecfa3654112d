import type { Database } from '../../db/client';
import type { Clock, EventSink } from '../shared';
import { PRESENCE_ON_STREAM_MS, PRESENCE_REFRESH_MS } from './presence-policy';
import {
	departedAmong,
	endPresence,
	extendPresence,
	markPresentUntil,
	recordViews,
	type PendingView
} from './presence-queries';

/**
 * Page views (presence, read markers) wait this long for others before one statement records them all:
 * under load a thousand views cost one write, and a person who moves on to another page finds their
 * read conversation no longer counted as unread.
 */
export const VIEW_BATCH_MS = 200;

/** The later of two optional moments or positions. */
function latest<T extends number | Date>(a: T | null | undefined, b: T | null | undefined): T | null {
	if (a === null || a === undefined) return b ?? null;
	if (b === null || b === undefined) return a;
	return a >= b ? a : b;
}

interface OpenPresence {
	conversationId: string;
	accountId: string;
	streams: number;
}

/**
 * One process's open conversation streams, for presence. Opening a stream makes its reader present for
 * 90 s; every 30 s a single UPDATE pushes that forward for all the streams open here (a thousand streams
 * cost one statement, not a thousand); when a person's last stream on a conversation in this process
 * closes, they leave now. Events go out only when someone who shows their presence comes or leaves, never
 * on the periodic extension. Several processes each keep their own: a person whose streams are spread
 * over two processes may look away for up to 30 s after one of them closes. A page view without a stream
 * (no JavaScript) is `watch`ed: its end is announced at the first tick after it passed.
 *
 * Page views themselves write nothing (STYLE rule 21): `view` gathers them, and one statement every
 * `VIEW_BATCH_MS` (and at each tick) pushes presence and read markers forward for all of them.
 */
export class PresenceTracker {
	private readonly open = new Map<string, OpenPresence>();
	/** Presence this process set without a stream (page views), until when: its end is announced too. */
	private readonly watched = new Map<string, { conversationId: string; accountId: string; until: number }>();
	/** Writes for one (conversation, person) run in order: a quick open-then-close must end absent. */
	private readonly writes = new Map<string, Promise<unknown>>();
	/** Page views not yet written, by (conversation, person): the latest presence and read position. */
	private readonly pendingViews = new Map<string, PendingView>();
	private viewTimer: ReturnType<typeof setTimeout> | undefined;
	private viewsWriting: Promise<void> = Promise.resolve();
	private timer: ReturnType<typeof setInterval> | undefined;
	private stopped = false;

	constructor(
		private readonly db: Database,
		private readonly events: EventSink,
		private readonly clock: Clock,
		private readonly onError: (error: unknown) => void = () => {},
		/** Told after each batch of page views is written (read markers changed for these people). */
		private readonly onViewsWritten: (views: ReadonlyArray<PendingView>) => void = () => {}
	) {}

	/** A stream of `accountId` on the conversation opened; returns what to call when it closes. */
	enter(conversationId: string, accountId: string): () => void {
		if (this.stopped) return () => {};
		const key = `${conversationId}:${accountId}`;
		const entry = this.open.get(key) ?? { conversationId, accountId, streams: 0 };
		entry.streams += 1;
		this.open.set(key, entry);
		this.startTimer();
		this.write(key, async () => {
			const now = this.clock.now();
			const marked = await markPresentUntil(this.db, {
				conversationId,
				accountId,
				until: new Date(now.getTime() + PRESENCE_ON_STREAM_MS),
				now
			});
			if (marked?.visible && !marked.wasPresent)
				this.events.emit({ type: 'presence.changed', conversationId, accountId });
		});
		let left = false;
		return () => {
			if (left) return;
			left = true;
			this.leave(key);
		};
	}

	/**
	 * Someone who shows their presence was made present until `until` by a page view here: once that has
	 * passed with no stream open, the next tick tells the others (unless something pushed it further).
	 */
	watch(conversationId: string, accountId: string, until: Date): void {
		if (this.stopped) return;
		const key = `${conversationId}:${accountId}`;
		const later = Math.max(until.getTime(), this.watched.get(key)?.until ?? 0);
		this.watched.set(key, { conversationId, accountId, until: later });
		this.startTimer();
	}

	/**
	 * A page view: the person counts as present until `presentUntil` (when given) and has read up to
	 * `readUpTo` (when given). Written with every other view of the next `VIEW_BATCH_MS` in one statement.
	 */
	view(conversationId: string, accountId: string, seen: { presentUntil?: Date; readUpTo?: number }): void {
		if (this.stopped || (seen.presentUntil === undefined && seen.readUpTo === undefined)) return;
		const key = `${conversationId}:${accountId}`;
		const pending = this.pendingViews.get(key);
		this.pendingViews.set(key, {
			conversationId,
			accountId,
			presentUntil: latest(pending?.presentUntil, seen.presentUntil),
			readUpTo: latest(pending?.readUpTo, seen.readUpTo)
		});
		this.viewTimer ??= setTimeout(() => void this.flushViews().catch(this.onError), VIEW_BATCH_MS);
		this.viewTimer.unref?.();
	}

	/** Where a page view not yet written put the person's read marker (to show the page consistently). */
	pendingReadUpTo(conversationId: string, accountId: string): number | null {
		return this.pendingViews.get(`${conversationId}:${accountId}`)?.readUpTo ?? null;
	}

	/** Writes every page view gathered so far in one statement; tells others who came back. */
	async flushViews(): Promise<void> {
		clearTimeout(this.viewTimer);
		this.viewTimer = undefined;
		const views = [...this.pendingViews.values()];
		this.pendingViews.clear();
		const writing = this.viewsWriting.then(async () => {
			const cameBack = await recordViews(this.db, views, this.clock.now());
			this.onViewsWritten(views);
			for (const { conversationId, accountId } of cameBack)
				this.events.emit({ type: 'presence.changed', conversationId, accountId });
		});
		this.viewsWriting = writing.catch(() => {});
		await writing;
	}

	get pendingViewCount(): number {
		return this.pendingViews.size;
	}

	/** What the timer does every 30 s: extend open streams, then announce watched presences that ended. */
	async tick(): Promise<void> {
		await this.flushViews();
		await this.refresh();
		const now = this.clock.now();
		const due = [...this.watched].filter(
			([key, entry]) => entry.until <= now.getTime() && !this.open.has(key)
		);
		for (const [key] of due) this.watched.delete(key);
		if (this.open.size === 0 && this.watched.size === 0) this.stopTimer();
		const departed = await departedAmong(
			this.db,
			due.map(([, entry]) => entry),
			now
		);
		for (const { conversationId, accountId } of departed)
			this.events.emit({ type: 'presence.changed', conversationId, accountId });
	}

	/** Pushes every open stream's presence forward in one statement. */
	async refresh(): Promise<void> {
		const pairs = [...this.open.values()].map(({ conversationId, accountId }) => ({
			conversationId,
			accountId
		}));
		await extendPresence(this.db, pairs, new Date(this.clock.now().getTime() + PRESENCE_ON_STREAM_MS));
	}

	/**
	 * The process is stopping: that is not people leaving. Their browsers reconnect (to another process
	 * behind a load balancer) and are present there; what this process set expires by itself within 90 s.
	 * So streams closed from now on write nothing.
	 */
	stop(): void {
		this.stopped = true;
		// Views already gathered are still written (read markers matter); nothing new is taken.
		void this.flushViews().catch(this.onError);
		this.open.clear();
		this.watched.clear();
		this.stopTimer();
	}

	/** Resolves once every write started so far has finished (for tests). */
	async settled(): Promise<void> {
		await Promise.allSettled([...this.writes.values(), this.viewsWriting]);
	}

	get openCount(): number {
		return this.open.size;
	}

	get watchedCount(): number {
		return this.watched.size;
	}

	private leave(key: string): void {
		if (this.stopped) return;
		const entry = this.open.get(key);
		if (!entry) return;
		entry.streams -= 1;
		if (entry.streams > 0) return;
		this.open.delete(key);
		this.watched.delete(key); // the end is announced now
		if (this.open.size === 0 && this.watched.size === 0) this.stopTimer();
		const { conversationId, accountId } = entry;
		this.write(key, async () => {
			// Reopened meanwhile (a reload): the new stream keeps them present.
			if (this.open.has(key)) return;
			const visibleChange = await endPresence(this.db, { conversationId, accountId, now: this.clock.now() });
			if (visibleChange) this.events.emit({ type: 'presence.changed', conversationId, accountId });
		});
	}

	private write(key: string, task: () => Promise<void>): void {
		const next = (this.writes.get(key) ?? Promise.resolve()).then(task).catch(this.onError);
		this.writes.set(key, next);
		void next.then(() => {
			if (this.writes.get(key) === next) this.writes.delete(key);
		});
	}

	private startTimer(): void {
		if (this.timer) return;
		this.timer = setInterval(() => void this.tick().catch(this.onError), PRESENCE_REFRESH_MS);
		this.timer.unref?.();
	}

	private stopTimer(): void {
		clearInterval(this.timer);
		this.timer = undefined;
	}
}
