/** French catalogue part: the members' knowledge search as you type (helper "typeahead"). */
export const frTypeahead = {
	'typeahead.link': 'Rechercher en direct',
	'typeahead.title': 'Rechercher dans les savoirs',
	'typeahead.intro':
		'Les résultats se mettent à jour pendant que vous tapez. Sans JavaScript, le bouton « Rechercher » fait la même recherche.'
} as const;
