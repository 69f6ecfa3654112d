import type { Database } from '../../db/client';
import { DomainError } from './errors';
import type { EventSink } from './events';

/** The signed-in person as the domain sees them. */
export interface Actor {
	accountId: string;
	pseudonym: string;
	isInstanceAdmin: boolean;
}

export interface Clock {
	now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything a use case may touch, passed explicitly. */
export interface Ctx {
	db: Database;
	actor: Actor | null;
	clock: Clock;
	events: EventSink;
	/** Client address, for throttling only; never stored with personal content. */
	ip?: string;
}

/** Narrows ctx to a signed-in actor or throws UNAUTHENTICATED. */
export function requireActor(ctx: Ctx): Actor {
	if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
	return ctx.actor;
}
