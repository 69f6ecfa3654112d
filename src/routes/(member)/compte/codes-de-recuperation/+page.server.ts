import { safeRedirectTarget } from '$lib/server/forms';
import { takeCodesForDisplay } from '$lib/server/recovery-codes-cookie';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies, url, setHeaders }) => {
	// Shown once: never kept by a cache or brought back by the Back button.
	setHeaders({ 'cache-control': 'no-store' });
	return {
		codes: takeCodesForDisplay(cookies),
		next: safeRedirectTarget(url.searchParams.get('suite'), url.origin)
	};
};
