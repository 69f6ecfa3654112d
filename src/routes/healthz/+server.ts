import { json } from '@sveltejs/kit';
import { pingDatabase } from '$db/health';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Liveness and readiness: 200 when the database answers, 503 otherwise. */
export const GET: RequestHandler = async () => {
	const { database } = getRuntime();
	const ok = await pingDatabase(database.db);
	return json(
		{ status: ok ? 'ok' : 'unavailable', database: database.kind },
		{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
