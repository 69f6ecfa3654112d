/** French catalogue part: off-platform. Spread into fr.ts; en-off-platform.ts must have the same keys. */
export const frOffPlatform = {
	'safetyNotice.title': 'Rappel de sécurité',
	'safetyNotice.off_platform':
		'Ce message partage un moyen de se parler ailleurs (numéro, adresse, autre messagerie). Nous vous conseillons de rester sur Entrepairs tant que la confiance n’est pas établie : ici, vous pouvez bloquer ou signaler à tout moment.',
	'safetyNotice.money':
		'Ce message parle de prêter, d’envoyer ou de payer de l’argent. Sur Entrepairs, l’entraide est gratuite : personne n’a à demander ni à donner de l’argent, un coupon ou des coordonnées bancaires.',
	'safetyNotice.link': 'Lire les conseils de sécurité',
	'safetyNotice.draft': 'Avant d’envoyer',
	'safetyAdvice.title': 'Conseils de sécurité',
	'safetyAdvice.intro':
		'Les échanges entre pairs reposent sur la confiance. Quelques repères pour qu’ils restent sûrs pour tout le monde :',
	'safetyAdvice.stay':
		'Restez sur Entrepairs tant que la confiance n’est pas établie. Ne donnez pas votre numéro, votre adresse, votre e-mail ni vos réseaux sociaux dans les premiers échanges.',
	'safetyAdvice.money':
		'L’entraide est gratuite. Ne prêtez pas et n’envoyez pas d’argent, de coupon (PCS, Transcash, Neosurf), de carte cadeau ni vos coordonnées bancaires, même pour une urgence.',
	'safetyAdvice.pressure':
		'Personne ne doit vous presser de quitter la plateforme, de vous voir ou de garder un secret. Si c’est le cas, vous pouvez arrêter l’échange.',
	'safetyAdvice.tools':
		'Vous pouvez bloquer une personne depuis la conversation : elle ne pourra plus vous écrire ni vous recontacter.',
	'safetyAdvice.danger': 'En cas de danger immédiat, appelez le 17 (police) ou le 112.'
} as const;
