import type { RequestEvent } from '@sveltejs/kit';
import { systemClock, type Ctx } from '$core/shared';
import { getRuntime } from './runtime';

/** The use-case context for one request: database, signed-in actor, clock, event hub, client address. */
export function ctxFor(event: RequestEvent): Ctx {
	const { database, hub } = getRuntime();
	return {
		db: database.db,
		actor: event.locals.actor,
		clock: systemClock,
		events: hub,
		ip: event.locals.clientAddress
	};
}
