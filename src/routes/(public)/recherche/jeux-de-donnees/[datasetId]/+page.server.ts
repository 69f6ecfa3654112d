import { redirect } from '@sveltejs/kit';
import { readResearchDataset, withdrawResearchDataset } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { rows, ...dataset } = await readResearchDataset(ctxFor(event), {
			datasetId: event.params.datasetId
		});
		return { dataset: { ...dataset, rowCount: rows.length } };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	withdraw: (event) =>
		runFormAction(event, async () => {
			const { slug } = await withdrawResearchDataset(ctxFor(event), { datasetId: event.params.datasetId });
			redirect(303, `/organisations/${slug}/recherche?retire=1`);
		})
};
