import { readableCopyOfMyData } from '$core/my-data';
import { ctxFor } from '$lib/server/context';
import { READABLE_COPY_CSP, readableCopyPage } from '$lib/server/readable-copy-page';
import type { RequestHandler } from './$types';

/**
 * The readable copy of one's data, as one self-contained HTML document: read in the browser (and printed
 * from there), or downloaded with `?telecharger`. Beside the JSON export of /compte/export.
 */
export const GET: RequestHandler = async (event) => {
	const locale = event.locals.locale;
	const copy = await readableCopyOfMyData(ctxFor(event), { locale });
	const day = copy.exportedAt.toISOString().slice(0, 10);
	const disposition = event.url.searchParams.has('telecharger') ? 'attachment' : 'inline';
	return new Response(readableCopyPage(copy, locale), {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-disposition': `${disposition}; filename="entrepairs-mes-donnees-${day}.html"`,
			'content-security-policy': READABLE_COPY_CSP,
			'cache-control': 'no-store'
		}
	});
};
