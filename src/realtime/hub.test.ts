import { describe, expect, it } from 'vitest';
import { EventHub } from './hub';

describe('EventHub', () => {
	it('delivers events to subscribers until they unsubscribe', () => {
		const hub = new EventHub();
		const seen: string[] = [];
		const unsubscribe = hub.subscribe((event) => seen.push(event.type));
		hub.emit({ type: 'account.created', accountId: 'a' });
		unsubscribe();
		hub.emit({ type: 'account.deleted', accountId: 'a' });
		expect(seen).toEqual(['account.created']);
	});

	it('keeps delivering when one listener throws', () => {
		const hub = new EventHub();
		const seen: string[] = [];
		hub.subscribe(() => {
			throw new Error('boom');
		});
		hub.subscribe((event) => seen.push(event.type));
		hub.emit({ type: 'account.created', accountId: 'a' });
		expect(seen).toEqual(['account.created']);
	});
});
