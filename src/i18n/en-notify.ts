import type { frNotify } from './fr-notify';

/** English catalogue part: the notification centre and join requests. */
export const enNotify: Record<keyof typeof frNotify, string> = {
	'notify.title': 'Notifications',
	'notify.link': 'Notifications',
	'notify.empty': 'Nothing new.',
	'notify.unreadCount':
		'{count, plural, =0 {No unread notification.} one {# unread notification.} other {# unread notifications.}}',
	'notify.markAll': 'Mark all as read',
	'notify.markOne': 'Mark as read',
	'notify.marked':
		'{count, plural, =0 {Nothing to mark.} one {# notification marked as read.} other {# notifications marked as read.}}',
	'notify.unread': 'Unread',
	'notify.read': 'Read',
	'notify.gone': 'What this was about no longer exists.',
	'notify.open': 'See',
	'notify.older': 'Older notifications',
	'notify.newer': 'Newer notifications',
	'notify.listTitle': 'Your notifications',
	'notify.someone': 'someone',
	'notify.someOrganisation': 'an organisation',
	'notify.kind.membership.approved': 'Your request to join {organisation} was approved.',
	'notify.kind.membership.refused': 'Your request to join {organisation} was not accepted.',
	'notify.kind.contact.received': '{pseudonym} is asking you for contact.',
	'notify.kind.contact.accepted': '{pseudonym} accepted your contact request: your accompaniment starts.',
	'notify.kind.contact.declined': '{pseudonym} is not available for your contact request.',
	'notify.kind.accompaniment.opened': 'An accompaniment with {pseudonym} has started.',
	'notify.kind.moderation.decided': 'A moderation decision concerns you: {outcome}.',
	'notify.kind.report.handled': 'Your report has been reviewed.',
	'notify.kind.appeal.decided': 'Your appeal has been answered: {outcome}.',
	'notify.kind.unknown': 'A notification.',
	'notify.outcome.warn': 'a warning',
	'notify.outcome.hide_content': 'content hidden',
	'notify.outcome.suspend': 'a suspension',
	'notify.outcome.remove_from_organisation': 'removal from the organisation',
	'notify.outcome.upheld': 'the decision stands',
	'notify.outcome.reversed': 'the decision is reversed',
	'notify.outcome.other': 'see the details',
	'notify.joins.title': 'Join requests waiting',
	'notify.joins.none': 'No join request waiting.',
	'notify.joins.requestedOn': 'Requested on {date}',
	'notify.joins.in': 'for {organisation}',
	'notify.joins.message': 'Their message',
	'notify.joins.noMessage': 'No message.',
	'notify.joins.decided': 'Request handled.',
	'notify.contacts':
		'{count, plural, =0 {No contact request is waiting for your answer.} one {# contact request is waiting for your answer.} other {# contact requests are waiting for your answer.}}',
	'notify.contacts.link': 'Open my peer supporter space',
	'notify.join.message': 'A word for the coordinators (optional)',
	'notify.join.messageHint':
		'500 characters at most. They read it with your request; write nothing you would rather keep to yourself.',
	'notify.join.requested':
		'Request sent. The coordinators will look at it; their answer will arrive in your notifications.',
	'notify.email.news.subject': 'Something new is waiting for you on Entrepairs',
	'notify.email.news.body':
		'Hello,\n\n{summary}\n\nTo see it, sign in: {url}\n\nYou receive this email because you asked for it. To stop receiving it: {settings}\n',
	'notify.email.messages': 'You have a new message.',
	'notify.email.notifications':
		'{count, plural, one {# new notification} other {# new notifications}} ({kinds}).',
	'notify.email.family.membership': 'membership',
	'notify.email.family.contact': 'contact request',
	'notify.email.family.moderation': 'moderation',
	'notify.email.family.other': 'other'
};
