/** French catalogue part: editing, withdrawing and reporting services and offers; path, sheet and attestation notices. en-work.ts has the same keys. */
export const frWork = {
	'notify.kind.booking.withdrawn':
		'Le service « {title} » a été retiré avant la réponse à votre demande de séance. Si un bon avait été utilisé, il vous est rendu.',
	'notify.kind.job.offer_withdrawn':
		'{organisation} a retiré la mission « {title} » avant de répondre à votre candidature.',
	'notify.kind.path.enrolment_proposed':
		'{organisation} vous propose de suivre un parcours pair. Vous acceptez ou refusez sur votre page de parcours.',
	'notify.kind.mission_sheet.to_sign': '{organisation} : une fiche de mission attend votre signature.',
	'notify.kind.attestation.revoked':
		'{organisation} a révoqué une attestation d’activité qu’elle vous avait délivrée. Le motif est sur votre page d’activité.',
	'error.offers.notProvider':
		'Seul le pair qui propose ce service, ou les coordinateur·ices de la structure qui le propose, peuvent le modifier ou le retirer.',
	'error.offers.withdrawn': 'Cette annonce a déjà été retirée.',
	'error.offers.offerWithdrawn':
		'Cette mission a été retirée : les réponses ne peuvent plus changer de statut.',
	'validation.recognition.revokeReason': 'Donnez le motif de la révocation (5 à 1000 caractères).',
	'recognition.org.revokeReason': 'Motif (lu par la personne, pas sur la page de vérification)',
	'work.attestation.revokedReason': 'Motif : {reason}',
	'work.edit.saved': 'Modifications enregistrées.',
	'work.edit.submit': 'Enregistrer les modifications',
	'work.hiddenByModeration': 'Masqué par une décision de modération : personne d’autre ne le voit.',
	'work.moderation.notShown': 'N’est plus affiché au public (retiré ou masqué).',
	'work.offer.edit.back': 'Retour à la mission',
	'work.offer.edit.title': 'Modifier la mission',
	'work.offer.editLink': 'Modifier ou retirer cette mission',
	'work.offer.report': 'Signaler cette mission',
	'work.offer.withdraw.intro':
		'La mission quitte la liste et sa page. Les personnes dont la candidature attend encore une réponse sont prévenues. Le retrait est définitif.',
	'work.offer.withdraw.submit': 'Retirer la mission',
	'work.offer.withdraw.title': 'Retirer la mission',
	'work.offer.withdrawnNotice': 'Cette mission a été retirée par la structure.',
	'work.service.edit.back': 'Retour au service',
	'work.service.edit.title': 'Modifier le service',
	'work.service.editLink': 'Modifier ou retirer ce service',
	'work.service.report': 'Signaler ce service',
	'work.service.withdraw.intro':
		'Le service quitte l’annuaire, les recherches et les données ouvertes. Les demandes de séance encore en attente sont closes et les personnes prévenues (un bon utilisé leur est rendu). Les séances déjà acceptées restent prévues. Le retrait est définitif.',
	'work.service.withdraw.submit': 'Retirer le service',
	'work.service.withdraw.title': 'Retirer le service',
	'work.service.withdrawnNotice':
		'Ce service a été retiré. Il n’apparaît plus dans l’annuaire ni dans les données ouvertes.',
	'moderation.subjectKind.service': 'Service',
	'moderation.subjectKind.job_offer': 'Mission ou offre d’emploi',
	'report.subject.service': 'Vous signalez un service.',
	'report.subject.job_offer': 'Vous signalez une mission ou une offre d’emploi.',
	'offers.booking.withdrawn': 'close (service retiré)'
} as const;
