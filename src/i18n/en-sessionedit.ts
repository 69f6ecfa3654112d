/** English catalogue part: changing one session (core/gatherings/change-occurrence.ts). Same keys as fr-sessionedit.ts. */
export const enSessionedit = {
	'notify.kind.session.changed': 'The session “{title}” on {when} has changed: check the time and place.',
	'validation.session.slotTaken':
		'Another session of this group already takes place at that time: choose another time.',
	'sessions.change.title': 'Change this session',
	'sessions.change.hint': 'Only this date changes. People registered and on the waiting list are told.',
	'sessions.change.date': 'Date',
	'sessions.change.time': 'Start time',
	'sessions.change.duration': 'Duration, in minutes',
	'sessions.change.address': 'Address of the place',
	'sessions.change.accessibility': 'Accessibility of the place',
	'sessions.change.meetingLink': 'Video meeting link',
	'sessions.change.phoneNumber': 'Number to call',
	'sessions.change.submit': 'Save the changes',
	'sessions.change.done': 'The session is changed. The people registered are told.',
	'sessions.change.unchanged': 'Nothing changed: nobody is told.',
	'sessions.change.movedFrom': 'Session moved: it was planned on {date} at {time}.'
} as const;
