import { createPlanLink, listPlanShares, sharePlanWithSupporter } from '$core/plans';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My shares with their state, and the open accompaniments I could share with (never a token). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { shares, accompaniments } = await listPlanShares(ctxFor(event));
		return { shares, accompaniments };
	});

/**
 * Shares my plan: `{ "kind": "supporter", "accompanimentId" }` or `{ "kind": "link", "recipientName",
 * "days" }`. A link's token and URL are in this answer only.
 */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const ctx = ctxFor(event);
			const { kind, ...body } = await readJson(event.request);
			if (kind === 'supporter')
				return sharePlanWithSupporter(ctx, body as Parameters<typeof sharePlanWithSupporter>[1]);
			if (kind === 'link') {
				const link = await createPlanLink(ctx, body as Parameters<typeof createPlanLink>[1]);
				return { ...link, url: `${event.url.origin}${link.path}` };
			}
			throw new DomainError('INVALID', 'error.invalid', [{ field: 'kind', message: 'validation.invalid' }]);
		},
		201
	);
