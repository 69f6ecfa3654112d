import { directoryCsv, exportDirectory } from '$core/directory';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The published directory as open data (CSV, UTF-8). */
export const GET: RequestHandler = async (event) => {
	const csv = directoryCsv(event.url.origin, await exportDirectory(ctxFor(event)));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="annuaire-entrepairs.csv"',
			'cache-control': 'public, max-age=300'
		}
	});
};
