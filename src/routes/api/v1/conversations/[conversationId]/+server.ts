import { setMuted, setRetention } from '$core/conversations';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** `{ "retention": "never"|"24h"|"7d"|"30d" }` and/or `{ "muted": true|false }`. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		const ctx = ctxFor(event);
		const conversationId = event.params.conversationId;
		const result: Record<string, unknown> = {};
		if (body.retention !== undefined)
			Object.assign(result, await setRetention(ctx, { conversationId, retention: body.retention as never }));
		if (body.muted !== undefined)
			Object.assign(result, await setMuted(ctx, { conversationId, muted: body.muted }));
		if (Object.keys(result).length === 0)
			throw new DomainError('INVALID', 'error.invalid', [{ field: 'body', message: 'validation.invalid' }]);
		return result;
	});
