import { exportPersonalData } from '$core/my-data';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Downloads everything stored about the signed-in person as one JSON file. */
export const GET: RequestHandler = async (event) => {
	const data = await exportPersonalData(ctxFor(event));
	const day = new Date().toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="entrepairs-mes-donnees-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
