/** English catalogue part: the compact header and the welcome after sign-up. Spread into en.ts; fr-header.ts has the same keys. */
export const enHeader = {
	'header.emergency': 'Emergency',
	'header.menu': 'Menu',
	'header.menuWaiting': '{count, plural, one {# thing waits for you} other {# things wait for you}}',
	'header.notifications': 'Notifications',
	'header.waitingBadge': '{count} waiting',
	'header.contactRequestsBadge': '{count, plural, one {# request} other {# requests}}',
	'header.account': 'Account and language',
	'welcome.intro': 'Your account is ready. Here is how Entrepairs works, in the order most people use it.',
	'welcome.steps': 'Next steps',
	'welcome.organisation.link': 'Find an organisation',
	'welcome.organisation.text':
		'Exchanges happen inside organisations (associations, self-help groups). Some open at once, others need a coordinator’s approval, others can only be joined by invitation.',
	'welcome.profile.link': 'Complete my profile',
	'welcome.profile.text':
		'Say which experiences you live with and choose, for each one, who may see it. Nothing is visible until you decide; you can change it at any time.',
	'welcome.findPeer.link': 'Find a peer',
	'welcome.findPeer.text':
		'Once you are a member of an organisation, look for a peer supporter who lived something close to you and ask them to talk. Before that, the search finds nobody.',
	'welcome.pending':
		'{count, plural, one {Your request to join an organisation is waiting for an answer.} other {Your # requests to join organisations are waiting for an answer.}}'
} as const;
