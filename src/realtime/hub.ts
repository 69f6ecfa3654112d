import type { DomainEvent, EventSink } from '../core/shared/events';

export type EventListener = (event: DomainEvent) => void;

/**
 * Publish/subscribe of domain events inside one process. Events carry ids only; the database is the
 * truth and listeners reload from it. With a cross-process bus (`postgres-bus.ts`), `emit` publishes to
 * the bus and every process, this one included, delivers what comes back from it; without one (the
 * embedded database has a single process), `emit` delivers directly.
 */
export class EventHub implements EventSink {
	private readonly listeners = new Set<EventListener>();
	private publisher: ((event: DomainEvent) => void) | null = null;

	emit(event: DomainEvent): void {
		if (this.publisher) this.publisher(event);
		else this.deliver(event);
	}

	/** Hands an event to this process's listeners. */
	deliver(event: DomainEvent): void {
		for (const listener of this.listeners) {
			try {
				listener(event);
			} catch {
				// A failing listener must not break the use case that already committed.
			}
		}
	}

	usePublisher(publisher: ((event: DomainEvent) => void) | null): void {
		this.publisher = publisher;
	}

	subscribe(listener: EventListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	get listenerCount(): number {
		return this.listeners.size;
	}
}
