import { searchDirectory } from '$core/directory';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The public directory's search (the same query as the /annuaire form; accessibility may repeat). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => {
		const params = event.url.searchParams;
		const single = Object.fromEntries(
			[...params].filter(([name, value]) => value !== '' && name !== 'accessibility')
		);
		return searchDirectory(ctxFor(event), {
			...single,
			accessibility: params.getAll('accessibility') as never
		});
	});
