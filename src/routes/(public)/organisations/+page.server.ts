import { listOrganisations } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	organisations: await listOrganisations(ctxFor(event))
});
