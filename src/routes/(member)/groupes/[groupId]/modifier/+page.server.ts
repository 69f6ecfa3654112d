import { getGroup, updateGroup } from '$core/gatherings';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const shown = await getGroup(ctxFor(event), { groupId: event.params.groupId });
		if (!shown.can.manage) throw new DomainError('FORBIDDEN', 'error.peerGroups.cannotManage');
		return { group: shown.group, organisation: shown.organisation };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			// An unticked checkbox sends nothing: here it means "not public".
			const { charterChanged } = await updateGroup(ctxFor(event), {
				publicProgramme: false,
				...fields,
				groupId: event.params.groupId
			} as never);
			return settled(event, { saved: true as const, charterChanged });
		})
};
