import { getVersionDiff, listVersions } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

/** Every version, and what one of them changed (`?version=N`, the current one by default). */
export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	try {
		const history = await listVersions(ctx, { contributionId: event.params.id });
		const asked = event.url.searchParams.get('version');
		const diff = await getVersionDiff(ctx, {
			contributionId: event.params.id,
			number: asked ?? history.current
		});
		return { history, diff };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
