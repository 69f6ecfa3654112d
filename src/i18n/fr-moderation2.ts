/** French catalogue part: moderation evidence, scoped records, conversations after an erasure. Spread into fr.ts; en-moderation2.ts must have the same keys. */
export const frModeration2 = {
	'record.what.moderation_history':
		'a consulté l’historique de modération vous concernant, y compris dans d’autres associations',
	'record.whyWithheld':
		'La raison n’est pas indiquée : dans une conversation à deux, elle désignerait la personne qui a signalé.',
	'moderation.detail.copyTitle': 'Texte au moment du signalement',
	'moderation.detail.copyHint':
		'Le contenu a été modifié ou supprimé depuis le signalement. Cette copie n’est visible que des personnes qui examinent le signalement, et elle est effacée dès qu’il est traité.',
	'error.messageHidden': 'Ce message a été masqué par la modération : il ne peut plus être modifié.',
	'conversations.accompanimentStarted': 'accompagnement commencé le {date}',
	'conversations.started': 'conversation commencée le {date}',
	'conversation.partnerErased':
		'L’autre personne a supprimé son compte : vous pouvez relire cette conversation, mais plus y écrire.'
} as const;
