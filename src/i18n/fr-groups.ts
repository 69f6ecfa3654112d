/** French catalogue part: groups. Spread into fr.ts; en-groups.ts must have the same keys. */
export const frGroups = {
	'validation.group.title': 'Donnez un nom au groupe.',
	'validation.group.titleTooLong': 'Le nom du groupe tient en 100 caractères au plus.',
	'validation.group.participants':
		'Choisissez des personnes parmi les membres actifs de l’organisation proposés dans la liste.',
	'validation.group.tooMany': 'Un groupe réunit 50 personnes au plus, vous compris·e.',
	'error.group.cannotOpen':
		'Seul·es les coordinateur·ices et les pairs aidant·es de l’organisation ouvrent des groupes.',
	'error.group.cannotAdd':
		'Seul·es les coordinateur·ices et les pairs aidant·es de l’organisation qui font partie du groupe peuvent y ajouter des membres.',
	'error.conversation.leaveAccompaniment':
		'On ne quitte pas la conversation d’un accompagnement : pour l’arrêter, mettez fin à l’accompagnement.',
	'groups.open': 'Ouvrir une conversation de groupe',
	'groups.openIn': 'Ouvrir un groupe dans {organisation}',
	'groups.new.title': 'Nouvelle conversation de groupe',
	'groups.new.intro':
		'Réunissez des membres de votre organisation dans une conversation. Chacun·e peut la quitter quand il ou elle le souhaite.',
	'groups.new.chooseOrganisation': 'Dans quelle organisation ?',
	'groups.new.none':
		'Vous n’ouvrez de groupe dans aucune organisation : c’est réservé aux coordinateur·ices et aux pairs aidant·es.',
	'groups.new.titleLabel': 'Nom du groupe',
	'groups.new.titleHint': 'Visible par toutes les personnes du groupe. 100 caractères au plus.',
	'groups.new.participants': 'Personnes à inviter',
	'groups.new.participantsHint':
		'Parmi les membres actifs de {organisation}. 50 personnes au plus, vous compris·e.',
	'groups.new.noMembers': 'Aucun·e autre membre actif·ve ne peut être ajouté·e pour l’instant.',
	'groups.new.submit': 'Ouvrir le groupe',
	'groups.title': 'Groupe « {title} »',
	'groups.summary': 'Groupe « {title} » ({count, plural, one {# personne} other {# personnes}})',
	'groups.in': 'Dans {organisation}',
	'groups.participants': 'Personnes dans le groupe',
	'groups.blockHint':
		'La personne ne sera pas prévenue. Vous ne verrez plus ses messages dans les groupes, et vous ne serez plus mis·es en relation.',
	'groups.add.title': 'Ajouter des personnes',
	'groups.add.legend': 'Membres à ajouter',
	'groups.add.hint': 'Elles liront les messages écrits à partir de maintenant, pas ceux d’avant.',
	'groups.add.submit': 'Ajouter au groupe',
	'groups.added': 'Personnes ajoutées au groupe.',
	'conversation.leave': 'Quitter la conversation',
	'conversation.leaveGroupHint':
		'Vous ne verrez plus ce groupe et n’en recevrez plus les messages. Vos messages restent visibles des autres, signés de votre pseudonyme.',
	'conversation.leaveDirectHint':
		'La conversation disparaît de votre liste et vous n’en recevez plus rien. L’autre personne garde ce qui a été écrit mais ne peut plus y répondre.',
	'conversation.leaveAccompaniment':
		'Cette conversation appartient à un accompagnement : on ne la quitte pas. Pour l’arrêter, mettez fin à l’accompagnement depuis sa page.',
	'conversation.otherLeft': 'Cette conversation est fermée : l’autre personne l’a quittée.',
	'conversations.left': 'Vous avez quitté la conversation.',
	'manage.retention.title': 'Conservation des messages',
	'manage.retention.label': 'Garder les messages des nouvelles conversations',
	'manage.retention.hint':
		'S’applique aux conversations ouvertes à partir de maintenant dans l’organisation (groupes, messages directs, accompagnements). Les participant·es peuvent toujours la changer pour leur conversation.',
	'manage.retention.submit': 'Enregistrer la conservation',
	'manage.retention.saved': 'Conservation par défaut enregistrée.'
} as const;
