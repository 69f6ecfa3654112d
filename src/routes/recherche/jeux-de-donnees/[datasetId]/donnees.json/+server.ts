import { readResearchDataset } from '$core/knowledge';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The dataset's rows as JSON, computed now (a problem document 404 when withdrawn or unknown). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const dataset = await readResearchDataset(ctxFor(event), { datasetId: event.params.datasetId });
		return new Response(
			JSON.stringify({
				title: dataset.title,
				description: dataset.description,
				organisation: dataset.organisation.name,
				minimumCell: dataset.minimumCell,
				rows: dataset.rows
			}),
			{
				headers: {
					'content-type': 'application/json; charset=utf-8',
					'content-disposition': `attachment; filename="jeu-de-donnees-${dataset.id}.json"`
				}
			}
		);
	});
