/** French catalogue part: account recovery (email link, recovery codes). Spread into fr.ts; en-recovery.ts must have the same keys. */
export const frRecovery = {
	'recovery.forgotLink': 'Mot de passe oublié ?',
	'recovery.forgot.title': 'Retrouver votre compte',
	'recovery.forgot.intro':
		'Deux façons de choisir un nouveau mot de passe : un lien envoyé à votre adresse e-mail, si vous en avez donné une, ou un de vos codes de récupération.',
	'recovery.forgot.emailHeading': 'Recevoir un lien par e-mail',
	'recovery.forgot.identifier': 'Votre pseudonyme ou votre adresse e-mail',
	'recovery.forgot.submit': 'Envoyer le lien',
	'recovery.forgot.sent':
		'Si un compte correspond et qu’il a une adresse e-mail, nous venons d’y envoyer un lien. Il fonctionne une seule fois, pendant {minutes} minutes. Regardez aussi dans les courriers indésirables.',
	'recovery.forgot.noMail':
		'Cette plateforme n’envoie pas d’e-mails. Pour retrouver votre compte, utilisez un code de récupération.',
	'recovery.forgot.codeHeading': 'Utiliser un code de récupération',
	'recovery.forgot.codeIntro': 'Vous avez reçu 8 codes en créant votre compte.',
	'recovery.forgot.codeLink': 'J’ai un code de récupération',
	'recovery.forgot.nothing':
		'Sans e-mail ni code, personne ne peut vérifier que le compte est le vôtre, même pas l’équipe. Vous pouvez créer un nouveau compte.',
	'recovery.code.title': 'J’ai un code de récupération',
	'recovery.code.intro':
		'Chaque code fonctionne une seule fois. Ensuite, vous serez connecté·e avec votre nouveau mot de passe, et toutes vos autres sessions seront fermées.',
	'recovery.code.pseudonym': 'Votre pseudonyme',
	'recovery.code.code': 'Un de vos codes de récupération',
	'recovery.code.codeHint': 'Par exemple ABCD-EFGH-JKMN. Majuscules, minuscules et tirets comptent pareil.',
	'recovery.code.submit': 'Changer le mot de passe et me connecter',
	'recovery.newPassword': 'Nouveau mot de passe',
	'recovery.suspendedDone':
		'Votre mot de passe est changé. Votre compte est suspendu : connectez-vous pour savoir jusqu’à quand et pourquoi.',
	'recovery.link.title': 'Choisir un nouveau mot de passe',
	'recovery.link.for': 'Pour le compte « {pseudonym} ». Toutes ses sessions ouvertes seront fermées.',
	'recovery.link.submit': 'Enregistrer et me connecter',
	'recovery.link.askAgain': 'Demander un nouveau lien',
	'error.recovery.linkInvalid':
		'Ce lien ne fonctionne plus : il a déjà servi ou il a expiré. Vous pouvez en demander un nouveau.',
	'error.recovery.codeFailed': 'Ce pseudonyme et ce code ne vont pas ensemble, ou ce code a déjà servi.',
	'error.recovery.tooManyRequests': 'Trop de demandes depuis cette connexion. Réessayez dans une heure.',
	'validation.recovery.code': 'Un code a 12 lettres ou chiffres, par exemple ABCD-EFGH-JKMN.',
	'recovery.codes.title': 'Vos codes de récupération',
	'recovery.codes.intro':
		'Si vous oubliez votre mot de passe, un de ces codes vous permet d’en choisir un nouveau. Chaque code fonctionne une seule fois.',
	'recovery.codes.once':
		'Ils ne seront plus jamais affichés. Notez-les sur papier ou imprimez-les, et gardez-les dans un endroit que vous seul·e pouvez voir.',
	'recovery.codes.listLabel': 'Les 8 codes',
	'recovery.codes.printHint': 'Pour les imprimer : menu de votre navigateur, puis « Imprimer ».',
	'recovery.codes.noted': 'J’ai noté mes codes',
	'recovery.codes.gone':
		'Ces codes ont déjà été affichés. Si vous ne les avez pas notés, créez-en de nouveaux depuis votre compte.',
	'recovery.codes.goToAccount': 'Créer de nouveaux codes dans mon compte',
	'recovery.account.heading': 'Codes de récupération',
	'recovery.account.status': 'Codes encore utilisables : {count} sur 8.',
	'recovery.account.none':
		'Vous n’avez plus de code de récupération. Sans code ni e-mail, un mot de passe oublié ne peut pas être remplacé.',
	'recovery.account.renewIntro':
		'Créer 8 nouveaux codes : les anciens ne fonctionneront plus. Tapez votre mot de passe pour confirmer.',
	'recovery.account.password': 'Votre mot de passe actuel',
	'recovery.account.renew': 'Créer de nouveaux codes',
	'recovery.email.plain.subject': 'Retrouver votre compte Entrepairs',
	'recovery.email.plain.body':
		'Quelqu’un a demandé à retrouver votre compte Entrepairs. Si c’est vous, ouvrez ce lien pour choisir un nouveau mot de passe. Il fonctionne une seule fois, pendant {minutes} minutes :\n\n{url}\n\nSi ce n’est pas vous, ignorez cet e-mail : rien ne change.\n',
	'recovery.email.discreet.subject': 'Votre lien',
	'recovery.email.discreet.body':
		'Voici le lien demandé. Il fonctionne une seule fois, pendant {minutes} minutes :\n\n{url}\n\nSi vous n’avez rien demandé, ignorez ce message.\n'
} as const;
