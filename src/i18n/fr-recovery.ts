/** French catalogue part: account recovery (email link, recovery codes). Spread into fr.ts; en-recovery.ts must have the same keys. */
export const frRecovery = {
	'recovery.forgotLink': 'Mot de passe oublié ?',
	'recovery.forgot.title': 'Retrouver votre compte',
	'recovery.forgot.intro':
		'Deux façons de choisir un nouveau mot de passe : un lien envoyé à votre adresse e-mail, si vous en avez donné une, ou un de vos codes de récupération.',
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
		'Votre mot de passe est changé. Votre compte est suspendu : connectez-vous pour savoir jusqu’à quand et pourquoi.',
	'recovery.link.title': 'Choisir un nouveau mot de passe',
	'recovery.link.for': 'Pour le compte « {pseudonym} ». Toutes ses sessions ouvertes seront fermées.',
	'recovery.link.submit': 'Enregistrer et me connecter',
	'recovery.link.askAgain': 'Demander un nouveau lien',
	'error.recovery.linkInvalid':
		'Ce lien ne fonctionne plus : il a déjà servi ou il a expiré. Vous pouvez en demander un nouveau.',
	'error.recovery.codeFailed': 'Ce pseudonyme et ce code ne vont pas ensemble, ou ce code a déjà servi.',
	'error.recovery.tooManyRequests':
		'Trop de demandes depuis cette connexion. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
	'validation.recovery.code': 'Un code a 12 lettres ou chiffres, par exemple ABCD-EFGH-JKMN.',
	'recovery.codes.title': 'Vos codes de récupération',
	'recovery.codes.intro':
		'Si vous oubliez votre mot de passe, un de ces codes vous permet d’en choisir un nouveau. Chaque code fonctionne une seule fois.',
	'recovery.codes.once':
		'Ils ne seront plus jamais affichés. Notez-les sur papier ou imprimez-les, et gardez-les dans un endroit que vous seul·e pouvez voir.',
	'recovery.codes.listLabel': 'Les 8 codes',
	'recovery.codes.printHint': 'Pour les imprimer : menu de votre navigateur, puis « Imprimer ».',
	'recovery.codes.noted': 'J’ai noté mes codes',
	'recovery.codes.gone':
		'Ces codes ont déjà été affichés. Si vous ne les avez pas notés, créez-en de nouveaux depuis votre compte.',
	'recovery.codes.goToAccount': 'Créer de nouveaux codes dans mon compte',
	'recovery.account.heading': 'Codes de récupération',
	'recovery.account.status': 'Codes encore utilisables : {count} sur 8.',
	'recovery.account.none':
		'Vous n’avez plus de code de récupération. Sans code ni e-mail, un mot de passe oublié ne peut pas être remplacé.',
	'recovery.account.renewIntro':
		'Créer 8 nouveaux codes : les anciens ne fonctionneront plus. Tapez votre mot de passe pour confirmer.',
	'recovery.account.password': 'Votre mot de passe, pour confirmer',
	'recovery.account.renew': 'Créer de nouveaux codes',
	'recovery.email.plain.subject': 'Retrouver votre compte Entrepairs',
	'recovery.email.plain.body':
		'Quelqu’un a demandé à retrouver votre compte Entrepairs. Si c’est vous, ouvrez ce lien pour choisir un nouveau mot de passe. Il fonctionne une seule fois, pendant {minutes} minutes :\n\n{url}\n\nSi ce n’est pas vous, ignorez cet e-mail : rien ne change.\n',
	'recovery.email.discreet.subject': 'Votre lien',
	'recovery.email.discreet.body':
		'Voici le lien demandé. Il fonctionne une seule fois, pendant {minutes} minutes :\n\n{url}\n\nSi vous n’avez rien demandé, ignorez ce message.\n',
	'validation.request.openDays': 'Choisissez 7, 30 ou 90 jours.',
	'help.form.openDays': 'Combien de temps votre demande reste ouverte',
	'help.form.openDaysHint':
		'Ensuite elle se ferme toute seule, et ce que vous avez écrit dedans est effacé. Vous pourrez en faire une nouvelle.',
	'help.form.openDays.option': '{days} jours',
	'privacy.stored.helpRequests':
		'Vos demandes d’aide (expériences, attentes, façons d’échanger, secteur). Chacune reste ouverte {choices} jours, selon votre choix ; ensuite elle se ferme et ce que vous y avez écrit (attentes, secteur) est effacé. Le reste demeure dans votre historique jusqu’à l’effacement de votre compte.',
	'privacy.stored.contacts':
		'Vos demandes de contact et vos accompagnements (avec qui, quand, leur état, le message de refus choisi), et les personnes que vous bloquez. Jusqu’à l’effacement de votre compte ou de celui de l’autre personne ; un blocage, jusqu’à ce que vous le leviez.',
	'privacy.stored.conversations':
		'Vos conversations et vos messages, avec les versions précédentes d’un message modifié, et où vous en êtes de votre lecture. Conservés selon la durée choisie pour chaque conversation (pas de limite, 24 heures, 7 jours ou 30 jours). Si vous effacez votre compte, les messages que vous avez écrits restent pour les personnes à qui vous les avez écrits, signés « membre supprimé ».',
	'privacy.stored.presence':
		'Si vous choisissez de montrer quand vous êtes en ligne : jusqu’à quand vous comptez comme présent·e dans une conversation (quelques minutes, remplacé à chaque visite).',
	'privacy.stored.reports':
		'Les signalements que vous faites ou qui vous concernent, les notes de l’équipe de modération, et une copie du contenu signalé, visible seulement des personnes qui examinent le signalement. La copie est effacée dès la décision ; le signalement et ses notes, {months} mois après la décision.',
	'privacy.stored.decisions':
		'Les décisions de modération qui vous concernent, avec leurs motifs, et vos contestations. Jusqu’à l’effacement de votre compte ; vous les voyez dans « Mon compte ».',
	'privacy.stored.accessLog':
		'Chaque accès de l’équipe de modération à vos contenus privés (qui, quoi, quand, pourquoi), que vous voyez dans « Mon compte ». Conservé {months} mois.',
	'privacy.stored.alerts':
		'Si vous êtes pair-aidant·e : les alertes « conversation difficile » envoyées aux coordinateurs (sans aucun contenu de message). Jusqu’à l’effacement de votre compte.',
	'privacy.stored.counters':
		'Des compteurs contre les abus (tentatives de connexion, envois de messages, signalements, demandes de récupération), liés à l’adresse IP de votre connexion, à votre pseudonyme ou à votre compte. Effacés dès qu’ils sont revenus à zéro, au plus tard une heure après la dernière tentative.',
	'privacy.stored.recovery':
		'Pour retrouver votre compte : une empreinte de vos codes de récupération (jamais les codes eux-mêmes), jusqu’à ce que vous en créiez de nouveaux ; si vous demandez un lien par e-mail, une empreinte du lien, effacée dès qu’il a servi ou au bout de {minutes} minutes.',
	'signUp.emailHintNoMail':
		'Cette plateforme n’envoie pas d’e-mails pour l’instant : pour retrouver votre compte, gardez les codes de récupération affichés après l’inscription.'
} as const;
