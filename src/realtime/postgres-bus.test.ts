import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../core/shared/events';
import { EventHub } from './hub';
import { connectPostgresBus } from './postgres-bus';

const url = process.env.TEST_DATABASE_URL;

function nextEvent(hub: EventHub, timeoutMs = 5000): Promise<DomainEvent> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('no event within 5 s')), timeoutMs);
		const unsubscribe = hub.subscribe((event) => {
			clearTimeout(timer);
			unsubscribe();
			resolve(event);
		});
	});
}

// Two hubs with their own bus stand for two app processes sharing one PostgreSQL database.
describe.skipIf(process.env.ENTREPAIRS_TEST_DB !== 'postgres' || !url)('PostgreSQL event bus', () => {
	it('delivers an event emitted in one process to the others, and to itself, once', async () => {
		const first = new EventHub();
		const second = new EventHub();
		const buses = [await connectPostgresBus(url!, first), await connectPostgresBus(url!, second)];
		try {
			const event: DomainEvent = { type: 'message.created', conversationId: crypto.randomUUID(), seq: 42 };
			const seenBySecond = nextEvent(second);
			const seenByFirst = nextEvent(first);
			first.emit(event);
			expect(await seenBySecond).toEqual(event);
			expect(await seenByFirst).toEqual(event);
		} finally {
			await Promise.all(buses.map((bus) => bus.close()));
		}
	});
});
