/** English catalogue part: calendars, private feeds, reminders and attendance. fr-calendars.ts has the same keys. */
export const enCalendars = {
	'calendars.link': 'My calendar and sessions',
	'calendars.page.title': 'My calendar',
	'calendars.page.intro':
		'Your upcoming sessions, your private calendar feed, your discretion and reminder choices, and your attendance history.',
	'calendars.sessions.title': 'My upcoming sessions',
	'calendars.sessions.empty': 'You are not registered for any upcoming session.',
	'calendars.sessions.when': '{date} at {time}',
	'calendars.sessions.confirmed': 'Place confirmed',
	'calendars.sessions.waiting': 'Waiting list: position {position}',
	'calendars.sessions.cancelled': 'Session cancelled',
	'calendars.sessions.open': 'See the session',
	'calendars.sessions.file': 'Calendar file (.ics)',
	'calendars.feed.title': 'My private calendar feed',
	'calendars.feed.intro':
		'A secret address to add to your calendar app: it shows the sessions where you hold a confirmed place. Anyone who knows it sees them too: revoke it if it has been shared.',
	'calendars.feed.create': 'Create a calendar address',
	'calendars.feed.created': 'Your private calendar address. Copy it now: it will not be shown again.',
	'calendars.feed.urlLabel': 'Calendar address',
	'calendars.feed.list': 'Addresses created',
	'calendars.feed.none': 'No address created yet.',
	'calendars.feed.createdAt': 'Created on {date}',
	'calendars.feed.revokedAt': 'Revoked on {date}',
	'calendars.feed.active': 'Active',
	'calendars.feed.revoke': 'Revoke this address',
	'calendars.feed.revoked': 'Address revoked: it no longer works.',
	'calendars.preferences.title': 'Discretion and reminders',
	'calendars.preferences.legend': 'My choices for sessions',
	'calendars.preferences.discreet':
		'Discreet mode: “Appointment” as the title, with no organisation or group name and no address, in the calendar and reminders',
	'calendars.preferences.reminders': 'Get an email reminder the day before each session',
	'calendars.preferences.noEmail':
		'Reminders are sent by email: add an email address to your account to receive them.',
	'calendars.preferences.save': 'Save my choices',
	'calendars.preferences.saved': 'Your choices are saved.',
	'calendars.attendance.title': 'My attendance history',
	'calendars.attendance.intro':
		'What facilitators recorded for you. Only you see this history; the organisation counts attendance without names.',
	'calendars.attendance.empty': 'No attendance recorded.',
	'calendars.attendance.date': 'Date',
	'calendars.attendance.group': 'Group',
	'calendars.attendance.attended': 'Attendance',
	'calendars.attendance.came': 'Attended',
	'calendars.attendance.missed': 'Did not attend',
	'calendars.attendance.confirm':
		'I confirm: erase my attendance history (the sessions’ anonymous counts remain)',
	'calendars.attendance.erase': 'Erase my attendance history',
	'calendars.attendance.erased':
		'{count, plural, =0 {Nothing to erase.} one {# attendance erased.} other {# attendances erased.}}',
	'calendars.presences.title': 'Attendance',
	'calendars.presences.heading': 'Attendance: {title}',
	'calendars.presences.when': 'Session on {date} at {time}',
	'calendars.presences.intro':
		'Record who came. The organisation only sees numbers, never names; each person sees their own history and can erase it.',
	'calendars.presences.notStarted':
		'The session has not started yet: attendance is recorded once it has started.',
	'calendars.presences.cancelledNote': 'This session is cancelled.',
	'calendars.presences.legend': 'Registered people who came',
	'calendars.presences.none': 'Nobody held a confirmed place.',
	'calendars.presences.walkIns': 'People who came without registering (number)',
	'calendars.presences.save': 'Save attendance',
	'calendars.presences.saved': 'Attendance saved.',
	'calendars.presences.recorded':
		'{attended, plural, =0 {No registered person came} one {# registered person came} other {# registered people came}}, {walkIns, plural, =0 {none without registering} one {# without registering} other {# without registering}}.',
	'calendars.presences.back': 'Back to the session',
	'calendars.ics.name': 'My sessions',
	'calendars.ics.discreetTitle': 'Appointment',
	'calendars.ics.discreetDescription': 'Details: {url}',
	'calendars.ics.link': 'Video link: {link}',
	'calendars.ics.phone': 'Phone: {phone}',
	'calendars.mode.in_person': 'In person',
	'calendars.mode.online': 'Online',
	'calendars.mode.phone': 'By phone',
	'calendars.reminder.subject': 'Reminder: {title} tomorrow at {time}',
	'calendars.reminder.body':
		'Hello,\n\nReminder: {title}, tomorrow at {time}.\nWhere: {place}\n\nThe session: {url}\n\nYou get this reminder because you asked for it; you can stop it on the “My calendar” page of your account.',
	'calendars.reminder.discreet.subject': 'Reminder: appointment tomorrow at {time}',
	'calendars.reminder.discreet.body': 'Reminder: appointment tomorrow at {time}.\n\n{url}',
	'calendars.error.tooManyFeeds':
		'You already have five active calendar addresses: revoke one before creating another.',
	'calendars.error.notStarted':
		'The session has not started yet: attendance is recorded once it has started.',
	'calendars.error.cancelled': 'This session is cancelled.',
	'validation.calendars.remindersNeedEmail':
		'Reminders are sent by email: first add an email address to your account.',
	'validation.calendars.walkInCount': 'Enter a whole number, 0 or more.',
	'validation.calendars.notRegistered':
		'One of the people ticked does not hold a confirmed place for this session.',
	'validation.calendars.confirmErase': 'Tick the box to confirm the erasure.',
	'calendars.copy.title': 'Sessions',
	'calendars.copy.status.confirmed': 'place confirmed',
	'calendars.copy.status.waiting': 'waiting list',
	'calendars.copy.status.cancelled': 'registration cancelled',
	'calendars.copy.choices': 'Discreet mode: {discreet}. Day-before reminders: {reminders}.',
	'calendars.copy.yes': 'yes',
	'calendars.copy.no': 'no',
	'calendars.copy.feeds': 'Private calendar addresses'
} as const;
