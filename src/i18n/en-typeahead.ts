import type { frTypeahead } from './fr-typeahead';

/** English catalogue part: the members' knowledge search as you type (helper "typeahead"). */
export const enTypeahead: Record<keyof typeof frTypeahead, string> = {
	'typeahead.link': 'Live search',
	'typeahead.title': 'Search knowledge',
	'typeahead.intro':
		'Results update as you type. Without JavaScript, the “Search” button runs the same search.'
};
