import { createMissionSheet, listMissionSheets } from '$core/pathway';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import { sheetFieldsFrom } from '$lib/server/mission-sheet-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await listMissionSheets(ctxFor(event), { slug: event.params.slug });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	create: (event) =>
		runFormAction(event, async (fields) => {
			const { sheetId } = await createMissionSheet(ctxFor(event), {
				slug: event.params.slug,
				supporterId: fields.supporterId ?? '',
				fields: sheetFieldsFrom(fields)
			});
			return settled(event, { created: sheetId });
		})
};
