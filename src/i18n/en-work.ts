/** English catalogue part: editing, withdrawing and reporting services and offers; path, sheet and attestation notices. fr-work.ts has the same keys. */
export const enWork = {
	'notify.kind.booking.withdrawn':
		'The service “{title}” was withdrawn before your session request was answered. A voucher used for it is yours again.',
	'notify.kind.job.offer_withdrawn': '{organisation} withdrew the mission “{title}” before answering you.',
	'notify.kind.path.enrolment_proposed':
		'{organisation} proposes that you follow a peer path. Accept or decline it on your path page.',
	'notify.kind.mission_sheet.to_sign': '{organisation}: a mission sheet waits for your signature.',
	'notify.kind.attestation.revoked':
		'{organisation} revoked an attestation of activity it issued you. The reason is on your activity page.',
	'error.offers.notProvider':
		'Only the peer who offers this service, or the coordinators of the organisation offering it, may edit or withdraw it.',
	'error.offers.withdrawn': 'This listing was already withdrawn.',
	'error.offers.offerWithdrawn': 'This mission was withdrawn: its answers cannot change status any more.',
	'validation.recognition.revokeReason': 'Give the reason for revoking it (5 to 1000 characters).',
	'recognition.org.revokeReason': 'Reason (read by the person, not shown on the verification page)',
	'work.attestation.revokedReason': 'Reason: {reason}',
	'work.edit.saved': 'Changes saved.',
	'work.edit.submit': 'Save changes',
	'work.hiddenByModeration': 'Hidden by a moderation decision: nobody else sees it.',
	'work.moderation.notShown': 'No longer shown to the public (withdrawn or hidden).',
	'work.offer.edit.back': 'Back to the mission',
	'work.offer.edit.title': 'Edit the mission',
	'work.offer.editLink': 'Edit or withdraw this mission',
	'work.offer.report': 'Report this mission',
	'work.offer.withdraw.intro':
		'The mission leaves the list and its page. People whose answer still waits are told. Withdrawal is final.',
	'work.offer.withdraw.submit': 'Withdraw the mission',
	'work.offer.withdraw.title': 'Withdraw the mission',
	'work.offer.withdrawnNotice': 'This mission was withdrawn by the organisation.',
	'work.service.edit.back': 'Back to the service',
	'work.service.edit.title': 'Edit the service',
	'work.service.editLink': 'Edit or withdraw this service',
	'work.service.report': 'Report this service',
	'work.service.withdraw.intro':
		'The service leaves the directory, searches and open data. Session requests still waiting are closed and the people told (a voucher used is theirs again). Sessions already accepted stay planned. Withdrawal is final.',
	'work.service.withdraw.submit': 'Withdraw the service',
	'work.service.withdraw.title': 'Withdraw the service',
	'work.service.withdrawnNotice':
		'This service was withdrawn. It no longer appears in the directory or open data.',
	'moderation.subjectKind.service': 'Service',
	'moderation.subjectKind.job_offer': 'Mission or job offer',
	'report.subject.service': 'You are reporting a service.',
	'report.subject.job_offer': 'You are reporting a mission or job offer.',
	'offers.booking.withdrawn': 'closed (service withdrawn)'
} as const;
