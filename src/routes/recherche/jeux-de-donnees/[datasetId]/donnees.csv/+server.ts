import { datasetCsv, readResearchDataset } from '$core/knowledge';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The dataset's rows as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const dataset = await readResearchDataset(ctxFor(event), { datasetId: event.params.datasetId });
		return new Response(`\ufeff${datasetCsv(dataset.rows)}`, {
			headers: {
				'content-type': 'text/csv; charset=utf-8; header=present',
				'content-disposition': `attachment; filename="jeu-de-donnees-${dataset.id}.csv"`
			}
		});
	});
