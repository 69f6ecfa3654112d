import type { frPresence } from './fr-presence';

/** English catalogue part: presence and typing in conversations. Same keys as fr-presence.ts. */
export const enPresence: Record<keyof typeof frPresence, string> = {
	'presence.online': 'Online',
	'presence.choice': 'Show the other participants when I am online in this conversation',
	'presence.choiceHint':
		'If you tick it, the others will see “Online” next to your pseudonym while you are in this conversation, and will also see when you are writing a message.',
	'presence.save': 'Save this choice',
	'presence.savedVisible': 'Saved: the others see when you are online here.',
	'presence.savedHidden': 'Saved: the others do not see when you are online here.',
	'presence.typingOne': '{pseudonym} is typing…',
	'presence.typingTwo': '{first} and {second} are typing…',
	'presence.typingMany': 'Several people are typing…',
	'error.typingTooFast': 'Too many “typing” signals in a short time. Wait a minute.'
};
