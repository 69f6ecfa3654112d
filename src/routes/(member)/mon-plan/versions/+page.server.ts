import { getMyPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { versions, currentVersion } = await getMyPlan(ctxFor(event));
	return { versions, currentVersion };
};
