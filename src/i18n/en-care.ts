import type { frCare } from './fr-care';

export const enCare: Record<keyof typeof frCare, string> = {
	'validation.care.label': 'Give this contact a name (2 to 120 characters).',
	'validation.care.phone':
		'Write a phone number with digits, for example 04 72 00 00 00 or +33 4 72 00 00 00.',
	'validation.care.email': 'Write a complete email address, for example duty@example.org.',
	'validation.care.phoneOrEmail': 'Give at least a phone number or an email address.',
	'validation.care.slot':
		'Write each duty slot on its own line, like: mon-14:00-18:00 (days: mon, tue, wed, thu, fri, sat, sun).',
	'validation.care.slotCount': 'No more than 21 duty slots per contact.',
	'validation.care.note': 'The note cannot be longer than 1,000 characters.',
	'validation.coolDown': 'Choose a duration.',
	'error.care.onlySupporter': 'Only the peer supporter of this accompaniment can flag it.',
	'error.care.noOrganisation':
		'No organisation can receive this alert: you are not an active peer supporter in any.',
	'error.care.alreadyAlerted':
		'Your coordinator has already been alerted about this accompaniment and has not answered yet.',
	'error.care.alreadyAcknowledged': 'This alert has already been taken care of.',

	'care.onDuty.now': 'Right now, until {time}',
	'care.onDuty.next': 'Next on duty: {day} at {time}',
	'care.onDuty.none': 'No duty hours given',
	'care.phone': 'Call {label} on {phone}',
	'care.email': 'Write to {label}: {email}',

	'care.contacts.title': 'Emergency contacts',
	'care.contacts.intro':
		'These contacts appear on the Emergency page for members of {organisation}, after the national numbers. Give the duty hours so everyone knows when someone is there.',
	'care.contacts.none': 'No contacts yet.',
	'care.contacts.label': 'Contact name',
	'care.contacts.labelHint': 'For example: the GEM’s duty phone.',
	'care.contacts.phone': 'Phone (optional)',
	'care.contacts.email': 'Email address (optional)',
	'care.contacts.phoneOrEmailHint': 'At least a phone number or an email address.',
	'care.contacts.details': 'Details (optional)',
	'care.contacts.onDuty': 'Duty hours (optional)',
	'care.contacts.onDutyHint':
		'One per line, in Paris time, for example mon-14:00-18:00. Days: mon, tue, wed, thu, fri, sat, sun.',
	'care.contacts.add': 'Add the contact',
	'care.contacts.addTitle': 'Add a contact',
	'care.contacts.editTitle': 'Edit “{label}”',
	'care.contacts.save': 'Save changes',
	'care.contacts.cancel': 'Cancel',
	'care.contacts.edit': 'Edit “{label}”',
	'care.contacts.up': 'Move “{label}” up',
	'care.contacts.down': 'Move “{label}” down',
	'care.contacts.remove': 'Remove “{label}”',
	'care.contacts.added': 'Contact added.',
	'care.contacts.saved': 'Contact saved.',
	'care.contacts.removed': 'Contact removed.',
	'care.contacts.moved': 'Order saved.',
	'care.contacts.slots': 'Duty hours: {slots}',
	'care.contacts.link': 'Emergency contacts',
	'care.contacts.back': 'Back to the organisation',

	'care.emergency.organisations': 'Your organisations’ contacts',
	'care.emergency.organisationsIntro':
		'These people are not an emergency service: if you are in danger, call the numbers above first.',

	'care.noOne.title': 'Nobody is available right now',
	'care.noOne.awayTitle': '{pseudonym} is not available at the moment',
	'care.noOne.awayUntil': '{pseudonym} is taking a break until {date} at {time}. You did nothing wrong.',
	'care.noOne.awayForNow': '{pseudonym} is taking a break for now. You did nothing wrong.',
	'care.noOne.text': 'If you need to talk now, these lines answer:',
	'care.noOne.organisation': 'Your organisation, {organisation}',

	'care.coolDown.title': 'Step back',
	'care.coolDown.intro':
		'After a hard session you can step back for a while: nobody will be matched with you and you will get no new requests. Your open accompaniments stay open; the people see that you are away and whom to turn to.',
	'care.coolDown.duration': 'Duration',
	'care.coolDown.24h': '24 hours',
	'care.coolDown.3d': '3 days',
	'care.coolDown.7d': '7 days',
	'care.coolDown.until_lifted': 'Until I come back',
	'care.coolDown.start': 'Step back',
	'care.coolDown.activeUntil': 'You are stepping back until {date} at {time}.',
	'care.coolDown.activeUntilLifted': 'You are stepping back until you come back.',
	'care.coolDown.lift': 'Come back now',
	'care.coolDown.set': 'Noted. Take care of yourself.',
	'care.coolDown.lifted': 'Welcome back: you can be matched again.',

	'care.alert.title': 'A difficult conversation?',
	'care.alert.intro':
		'You can tell your coordinator so they offer you a debrief. No message from the conversation is passed on: only your note, if you write one.',
	'care.alert.note': 'Note for your coordinator (optional)',
	'care.alert.noteHint': '1,000 characters at most. Do not copy the person’s messages.',
	'care.alert.send': 'Flag a difficult conversation',
	'care.alert.sent': 'Your coordinator has been alerted.',
	'care.alert.history': 'Your alerts',
	'care.alert.sentTo': 'Sent to {organisation} on {date} at {time}.',
	'care.alert.waiting': 'Waiting for an answer.',
	'care.alert.acknowledged': 'Debrief offered on {date} at {time}.',
	'care.alert.endNow':
		'You can also end the accompaniment right now with the button above, without giving a reason.',

	'care.alerts.title': 'Difficult conversations',
	'care.alerts.intro':
		'Peer supporters of {organisation} flagged a difficult conversation. Offer them a debrief. The content of conversations is never passed on.',
	'care.alerts.none': 'No alerts waiting.',
	'care.alerts.from': '{pseudonym}, on {date} at {time}',
	'care.alerts.noNote': 'No note.',
	'care.alerts.acknowledge': 'Debrief offered to {pseudonym}',
	'care.alerts.acknowledged': 'Alert taken care of.',
	'care.alerts.done': 'Already taken care of',
	'care.alerts.doneBy': 'Taken care of on {date} by {pseudonym}.',
	'care.alerts.link': 'Difficult conversations ({count} waiting)'
};
