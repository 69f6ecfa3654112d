import { redirect } from '@sveltejs/kit';
import { listResearchDatasets, publishResearchDataset } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return {
			...(await listResearchDatasets(ctxFor(event), { slug: event.params.slug })),
			withdrawn: event.url.searchParams.has('retire')
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			const { datasetId } = await publishResearchDataset(ctxFor(event), {
				...fields,
				slug: event.params.slug
			} as never);
			redirect(303, `/recherche/jeux-de-donnees/${datasetId}`);
		})
};
