import type { DomainEvent, EventSink } from '../core/shared/events';

export type EventListener = (event: DomainEvent) => void;

/**
 * In-process publish/subscribe of domain events. Events carry ids only; the database is the truth.
 * Cross-process fan-out (Postgres LISTEN/NOTIFY) plugs in here with the messaging module.
 */
export class EventHub implements EventSink {
	private readonly listeners = new Set<EventListener>();

	emit(event: DomainEvent): void {
		for (const listener of this.listeners) {
			try {
				listener(event);
			} catch {
				// A failing listener must not break the use case that already committed.
			}
		}
	}

	subscribe(listener: EventListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
