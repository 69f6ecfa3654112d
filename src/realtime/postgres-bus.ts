import postgres from 'postgres';
import type { DomainEvent } from '../core/shared/events';
import type { EventHub } from './hub';

export const EVENTS_CHANNEL = 'entrepairs_events';

export interface PostgresBus {
	close(): Promise<void>;
}

/**
 * Fans domain events out to every app process sharing one PostgreSQL database, with LISTEN/NOTIFY. The
 * bus only wakes listeners up: events carry ids, commits happened before, and listeners (the event
 * streams) read what changed from the database, so a lost notification delays but never loses anything.
 * postgres.js re-listens by itself after a lost connection.
 */
export async function connectPostgresBus(url: string, hub: EventHub): Promise<PostgresBus> {
	const sql = postgres(url, {
		max: 1,
		onnotice: () => {},
		connection: { application_name: 'entrepairs-bus' }
	});
	await sql.listen(EVENTS_CHANNEL, (payload) => {
		let event: DomainEvent;
		try {
			event = JSON.parse(payload) as DomainEvent;
		} catch {
			return;
		}
		hub.deliver(event);
	});
	hub.usePublisher((event) => {
		// NOTIFY payloads are limited to 8000 bytes; ours are a few ids.
		sql.notify(EVENTS_CHANNEL, JSON.stringify(event)).catch(() => hub.deliver(event));
	});
	return {
		async close() {
			hub.usePublisher(null);
			await sql.end({ timeout: 2 });
		}
	};
}
