import type { frNotifications } from './fr-notifications';

/** English catalogue part: notifications. Spread into en.ts. */
export const enNotifications: Record<keyof typeof frNotifications, string> = {
	'notifications.title': 'Notifications',
	'notifications.intro':
		'The menu shows how many unread messages and new notifications you have. You can also get an email, at most one a day: it only says how many messages and notifications are waiting, never what they say nor who wrote them.',
	'notifications.emailDigest': 'Email me when messages or notifications are waiting for me',
	'notifications.emailDigestHint':
		'Only for what has waited 15 minutes: unread messages in conversations you have not muted, and new notifications.',
	'notifications.discreet': 'Discreet mode',
	'notifications.discreetHint':
		'For a shared mailbox: the email names neither Entrepairs, nor anyone, nor any organisation (subject “New notification”).',
	'notifications.unavailable': 'Email notifications are not available on this instance.',
	'notifications.noEmail': 'To receive emails, your account needs an email address.',
	'notifications.submit': 'Save my notifications',
	'notifications.saved': 'Your notification choices are saved.',
	'validation.notifications.needsEmail': 'First add an email address to your account to receive emails.',
	'validation.notifications.unavailable': 'Email notifications are not available on this instance.',
	'notifications.email.digest.subject': 'You have a new message on Entrepairs',
	'notifications.email.digest.body':
		'Hello,\n\nYou have a new message on Entrepairs.\n\nTo read it, sign in: {url}\n\nYou get this email because you asked for it. To stop it: {settings}\n',
	'notifications.email.discreet.subject': 'New notification',
	'notifications.email.discreet.body': 'You have a new notification.\n\n{url}\n',
	'notifications.moderationAlerts': 'Email me when reports are waiting in my moderation queue',
	'notifications.moderationAlertsHint':
		'At most one an hour. The email says nothing about the reports: not the reason, the person or the organisation.',
	'validation.notifications.staffOnly':
		'This choice is for people who moderate an organisation or the instance.',
	'notifications.email.moderation.subject': 'Reports are waiting for you on Entrepairs',
	'notifications.email.moderation.body':
		'Hello,\n\nNew reports or appeals are waiting in your moderation queue on Entrepairs.\n\nTo review them, sign in: {url}\n\nYou get this email because you asked for it. To stop it: {settings}\n'
};
