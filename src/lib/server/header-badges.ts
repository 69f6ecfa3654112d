import { unreadMessageCount } from '$core/conversations';
import { openReportCount } from '$core/moderation';
import { whatWaits, type WhatWaits } from '$core/notifications';
import type { Ctx, DomainEvent } from '$core/shared';
import type { EventHub } from '$realtime/hub';

/** What the header shows beside "Conversations" and "Modération" on every page. */
export interface HeaderBadges extends WhatWaits {
	unread: number;
	/** Null for someone who moderates nothing. */
	openReports: number | null;
}

/** How long a person's badges are reused when nothing said they changed. */
export const BADGES_FRESH_MS = 15_000;
/** Bounded: beyond this many people, the oldest entries go first. */
const MOST_CACHED = 5_000;
/** Events that never change a count (they are frequent: do not empty the cache for them). */
const COUNT_NEUTRAL: ReadonlySet<DomainEvent['type']> = new Set(['presence.changed', 'conversation.typing']);

/**
 * The header's badges per person, reused for a few seconds instead of counted on every page (two to four
 * queries each time), and shared by the simultaneous requests of one person. Never stale after what
 * changes them: any event that may change a count (a message, a report, an appeal, a membership...,
 * delivered to every process) empties the cache, and `forget` drops one person's counts after their own
 * action (any form or API call that is not a GET, their read markers written).
 */
export class BadgeCache {
	private readonly entries = new Map<string, { badges: Promise<HeaderBadges>; countedAt: number }>();

	constructor(hub: EventHub) {
		hub.subscribe((event) => {
			if (!COUNT_NEUTRAL.has(event.type)) this.entries.clear();
		});
	}

	badgesFor(ctx: Ctx): Promise<HeaderBadges> {
		const accountId = ctx.actor!.accountId;
		const now = ctx.clock.now().getTime();
		const cached = this.entries.get(accountId);
		if (cached && now - cached.countedAt < BADGES_FRESH_MS) return cached.badges;
		const badges = Promise.all([unreadMessageCount(ctx), openReportCount(ctx), whatWaits(ctx)]).then(
			([unread, openReports, waiting]) => ({ unread, openReports, ...waiting })
		);
		this.entries.delete(accountId);
		if (this.entries.size >= MOST_CACHED) this.entries.delete(this.entries.keys().next().value!);
		this.entries.set(accountId, { badges, countedAt: now });
		badges.catch(() => {
			if (this.entries.get(accountId)?.badges === badges) this.entries.delete(accountId);
		});
		return badges;
	}

	forget(accountId: string): void {
		this.entries.delete(accountId);
	}

	get size(): number {
		return this.entries.size;
	}
}

// One cache per hub, that is per process (tests make a hub each).
const caches = new WeakMap<EventHub, BadgeCache>();

function cacheFor(hub: EventHub): BadgeCache {
	let cache = caches.get(hub);
	if (!cache) {
		cache = new BadgeCache(hub);
		caches.set(hub, cache);
	}
	return cache;
}

/** The signed-in person's header badges (see `BadgeCache`). */
export function headerBadges(ctx: Ctx, hub: EventHub): Promise<HeaderBadges> {
	return cacheFor(hub).badgesFor(ctx);
}

/** The person did something that may change their own counts: count again on their next page. */
export function forgetBadges(hub: EventHub, accountId: string): void {
	caches.get(hub)?.forget(accountId);
}
