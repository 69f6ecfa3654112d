import {
	createCalendarFeed,
	eraseMyAttendance,
	getGatheringPreferences,
	listCalendarFeeds,
	myAttendance,
	mySessions,
	revokeCalendarFeed,
	setGatheringPreferences
} from '$core/gatherings';
import { DomainError } from '$core/shared';
import { holdFeedUrlForDisplay, takeFeedUrlForDisplay } from '$lib/server/calendar-responses';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const [sessions, feeds, preferences, attendance] = await Promise.all([
		mySessions(ctx),
		listCalendarFeeds(ctx),
		getGatheringPreferences(ctx),
		myAttendance(ctx)
	]);
	return {
		sessions,
		feeds,
		preferences,
		attendance,
		newFeedUrl: takeFeedUrlForDisplay(event.cookies, event.url)
	};
};

export const actions: Actions = {
	createFeed: async (event) => {
		try {
			const feed = await createCalendarFeed(ctxFor(event), { siteUrl: event.url.origin });
			holdFeedUrlForDisplay(event.cookies, event.url, feed.url);
			return settled(event, { feedCreated: true as const }, 'agenda-prive');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	revokeFeed: async (event) => {
		try {
			const { feedId } = formFields(await readForm(event.request));
			await revokeCalendarFeed(ctxFor(event), { feedId: feedId ?? '' });
			return settled(event, { feedRevoked: true as const }, 'agenda-prive');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	preferences: async (event) => {
		try {
			const { discreet, reminders } = formFields(await readForm(event.request));
			// An unticked checkbox is not sent at all: absent means off.
			await setGatheringPreferences(ctxFor(event), {
				discreet: discreet ?? false,
				reminders: reminders ?? false
			});
			return settled(event, { preferencesSaved: true as const }, 'choix');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	eraseAttendance: async (event) => {
		try {
			const { confirm } = formFields(await readForm(event.request));
			if (confirm !== 'on') {
				throw new DomainError('INVALID', 'error.invalid', [
					{ field: 'confirm', message: 'validation.calendars.confirmErase' }
				]);
			}
			const { erased } = await eraseMyAttendance(ctxFor(event));
			return settled(event, { attendanceErased: erased }, 'presences');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
