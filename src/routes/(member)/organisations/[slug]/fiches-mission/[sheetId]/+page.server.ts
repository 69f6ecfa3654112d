import {
	endMission,
	getMissionSheet,
	renewMission,
	reviseMissionSheet,
	signMissionSheet
} from '$core/pathway';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import { sheetFieldsFrom } from '$lib/server/mission-sheet-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const sheet = await getMissionSheet(ctxFor(event), { sheetId: event.params.sheetId });
		if (sheet.organisation.slug !== event.params.slug) throw new DomainError('NOT_FOUND');
		return sheet;
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

const sheetId = (event: { params: { sheetId: string } }) => event.params.sheetId;

export const actions: Actions = {
	sign: (event) =>
		runFormAction(event, async ({ version }) => {
			await signMissionSheet(ctxFor(event), { sheetId: sheetId(event), version: version ?? '' });
			return settled(event, { signed: true });
		}),
	revise: (event) =>
		runFormAction(event, async (fields) => {
			const { version } = await reviseMissionSheet(ctxFor(event), {
				sheetId: sheetId(event),
				fields: sheetFieldsFrom(fields)
			});
			return settled(event, { revised: version });
		}),
	end: (event) =>
		runFormAction(event, async ({ endReason }) => {
			await endMission(ctxFor(event), { sheetId: sheetId(event), reason: endReason });
			return settled(event, { ended: true });
		}),
	renew: (event) =>
		runFormAction(event, async ({ newEndsOn, renewReason }) => {
			await renewMission(ctxFor(event), {
				sheetId: sheetId(event),
				endsOn: newEndsOn ?? '',
				reason: renewReason
			});
			return settled(event, { renewed: true });
		})
};
