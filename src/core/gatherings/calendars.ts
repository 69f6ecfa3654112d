// The calendars, reminders and attendance part of the gatherings module (re-exported by index.ts).
export { buildCalendar, occurrenceUid, type CalendarEntry } from './calendar-entries';
export { occurrenceCalendar, OccurrenceCalendarSchema } from './occurrence-calendar';
export { createCalendarFeed, feedPath, MAX_LIVE_FEEDS } from './create-calendar-feed';
export { revokeCalendarFeed, RevokeCalendarFeedSchema } from './revoke-calendar-feed';
export { listCalendarFeeds } from './list-calendar-feeds';
export {
	readCalendarFeed,
	ReadCalendarFeedSchema,
	FEED_MISS_RULE,
	FEED_PAST_DAYS
} from './read-calendar-feed';
export {
	setGatheringPreferences,
	getGatheringPreferences,
	SetGatheringPreferencesSchema
} from './set-gathering-preferences';
export { sendSessionReminders, REMINDER_WINDOW_HOURS } from './send-session-reminders';
export { attendanceSheet, AttendanceSheetSchema } from './attendance-sheet';
export { recordAttendance, RecordAttendanceSchema } from './record-attendance';
export { myAttendance } from './my-attendance';
export { eraseMyAttendance } from './erase-my-attendance';
export { mySessions } from './my-sessions';
export { calendarsPersonalData } from './personal-data-calendars';
