import type { frFind } from './fr-find';

/** English catalogue part: finding a peer on a phone, weekly availability, introduction (same keys as fr-find.ts). */
export const enFind: Record<keyof typeof frFind, string> = {
	'day.mon': 'Monday',
	'day.tue': 'Tuesday',
	'day.wed': 'Wednesday',
	'day.thu': 'Thursday',
	'day.fri': 'Friday',
	'day.sat': 'Saturday',
	'day.sun': 'Sunday',
	'dayPart.morning': 'morning',
	'dayPart.afternoon': 'afternoon',
	'dayPart.evening': 'evening',
	'availability.slot': '{day}s from {start} to {end}',
	'availability.hours':
		'Morning: 8 am to noon; afternoon: noon to 6 pm; evening: 6 pm to 10 pm (Paris time).',
	'availability.others': 'Other slots saved before (untick to remove them)',
	'availability.request.legend': 'When can you usually talk? (optional)',
	'availability.request.hint':
		'Tick nothing for any time. Peer supporters available at the same times as you are proposed first.',
	'find.experiences.title': '1. What you live',
	'find.experiences.intro':
		'Tick what you would like to talk about. Your profile’s experiences come first; search for another one if needed.',
	'find.fromProfile': 'From your profile',
	'find.fromOffer': 'In your offer',
	'find.noProfile': 'Your profile has no experience yet: search for one below.',
	'find.search.label': 'Search for an experience',
	'find.search.hint': 'One word is enough, with or without accents (for example: voices, grief, alcohol).',
	'find.search.submit': 'Search',
	'find.search.results': 'Results for “{query}”: tick what concerns you',
	'find.search.none': 'No experience matches “{query}”. Look at the full list.',
	'find.chosenElsewhere': 'Already chosen',
	'find.all': 'All experiences',
	'find.continue': 'Continue',
	'find.noneChosen': 'Choose at least one experience, then “Continue”.',
	'find.details.title': '2. How you would like to talk',
	'find.chosen': 'You are looking for someone who knows:',
	'find.change': 'Change these experiences',
	'matches.introduction': 'Their introduction',
	'matches.availability': 'Usually available: {slots}.',
	'matches.availabilityUnknown': 'Availability not given.',
	'matches.availableTogether': 'Available at the same times as you.',
	'supporter.offer.introduction': 'My introduction (optional)',
	'supporter.offer.introductionHint':
		'A few sentences people read before asking you for contact: what you offer, how you like to talk. At most 500 characters; nothing that identifies you.',
	'supporter.offer.experiencesHint':
		'Those in your offer are ticked; those on your profile come next. Search for another one if needed.',
	'supporter.offer.searchKeeps': 'Searching keeps what you already ticked.',
	'validation.offer.introduction': 'Your introduction is at most 500 characters.'
};
