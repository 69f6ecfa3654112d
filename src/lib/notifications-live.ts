import { readable, type Readable } from 'svelte/store';

/** What waits for the signed-in person, as the root layout's `page.data` carries it. */
export interface WaitingCounts {
	notifications: number;
	pendingJoins: number | null;
	contactRequests: number | null;
}

const STREAM = '/api/v1/notifications/events';
const COUNTS = '/api/v1/notifications';
const listeners = new Set<() => void>();
let setCounts: ((counts: WaitingCounts) => void) | null = null;
let source: EventSource | null = null;
let users = 0;

async function recount(): Promise<void> {
	try {
		const response = await fetch(COUNTS, { headers: { accept: 'application/json' } });
		if (!response.ok) return;
		const body = (await response.json()) as { waiting?: WaitingCounts };
		if (body.waiting) setCounts?.(body.waiting);
	} catch {
		// Offline for a moment: the next event, or the next page, counts again.
	}
}

function open(): void {
	users += 1;
	if (source || typeof EventSource === 'undefined') return;
	source = new EventSource(STREAM);
	source.addEventListener('waiting', () => {
		if (setCounts) void recount();
		for (const listener of listeners) listener();
	});
	// Signed out, suspended or erased: stop; the next page load tells the rest.
	source.addEventListener('gone', () => close(true));
}

function close(force = false): void {
	users = force ? 0 : Math.max(0, users - 1);
	if (users > 0) return;
	source?.close();
	source = null;
}

/**
 * Live counts for the header's badges, with JavaScript: `null` until something changes, then what the
 * server counts after each change (one shared Server-Sent Events stream per tab, opened while anything
 * subscribes; marking notifications read, here or in another tab, is such a change). Without JavaScript,
 * `page.data` is counted again on every page. Subscribe only for a signed-in person (the stream answers
 * 401 otherwise), e.g. in the header:
 *
 *   let live = $state<WaitingCounts | null>(null);
 *   $effect(() => (page.data.actor ? waitingCounts.subscribe((counts) => (live = counts)) : undefined));
 *   const notifications = $derived(live?.notifications ?? page.data.notifications);
 *
 * Events carry no state: each one makes the store re-read GET /api/v1/notifications.
 */
export const waitingCounts: Readable<WaitingCounts | null> = readable<WaitingCounts | null>(null, (set) => {
	setCounts = set;
	open();
	return () => {
		setCounts = null;
		close();
	};
});

/** Calls `listener` whenever what waits for the person may have changed (a page re-reads its list). */
export function onWaitingChange(listener: () => void): () => void {
	listeners.add(listener);
	open();
	return () => {
		listeners.delete(listener);
		close();
	};
}
