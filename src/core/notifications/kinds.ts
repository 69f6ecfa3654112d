/**
 * The closed list of what a notification can be about, with what its `subjectId` names. A notification
 * holds a kind and ids only: the centre names things when it shows them, never a message or an experience.
 *
 * Add kinds here, in the centre's naming (list-notifications.ts) and in the catalogue together.
 */
export const NOTIFICATION_KINDS = [
	/** Your join request was approved. Subject: the membership. */
	'membership.approved',
	/** Your join request was refused. Subject: the membership (often gone: refusing deletes it). */
	'membership.refused',
	/** A person asked you, a peer supporter, for contact. Subject: the contact request. */
	'contact.received',
	/** The supporter accepted your contact request. Subject: the contact request. */
	'contact.accepted',
	/** The supporter declined your contact request. Subject: the contact request. */
	'contact.declined',
	/**
	 * An accompaniment opened, for a side the acceptance did not already tell. Not emitted today: the only
	 * way one opens is the supporter's acceptance, which tells the requester (`contact.accepted`). Subject:
	 * the accompaniment.
	 */
	'accompaniment.opened',
	/** A moderation decision concerns you. Subject: the decision. */
	'moderation.decided',
	/** Your report was handled (you learn the outcome, not who nor what else). Subject: the report. */
	'report.handled',
	/** Your appeal was decided. Subject: the appeal. */
	'appeal.decided',
	/** A facilitator invited you into a group (you accept or decline). Subject: the group. */
	'group.invited',
	/** Your request to join a group was approved. Subject: the group. */
	'group.approved',
	/** Your request to join a group was refused. Subject: the group. */
	'group.refused',
	/** Someone asked to join a group you facilitate. Subject: the group. */
	'group.requested',
	/** A place freed up: you moved from the waiting list to confirmed. Subject: the registration. */
	'session.promoted',
	/** A session you registered for was cancelled. Subject: the occurrence. */
	'session.cancelled',
	/** A session you registered for (or wait for) was moved or changed (time, place, link). Subject: the occurrence. */
	'session.changed',
	/** A supporter shared a debrief note and asks for a debrief (coordinators). Subject: the debrief note. */
	'debrief.shared',
	/** A peer proposed a revision of your contribution (you accept or decline it). Subject: the revision. */
	'knowledge.revision_proposed',
	/** The author accepted or declined the revision you proposed. Subject: the revision. */
	'knowledge.revision_decided',
	/** An organisation issued you an attestation of activity. Subject: the attestation. */
	'attestation.issued',
	/** Your supporter steps down and proposes another supporter (you accept or decline). Subject: the handover. */
	'handover.proposed',
	/** Your supporter steps down and ended your accompaniment, with a message. Subject: the handover. */
	'handover.farewell',
	/** The person answered a handover (to the supporter who left, and to the new one on acceptance). Subject: the handover. */
	'handover.answered',
	/** Someone asked for a session of a service you provide (or your organisation provides). Subject: the booking. */
	'booking.requested',
	/** The provider accepted your session request. Subject: the booking. */
	'booking.accepted',
	/** The provider declined your session request (a voucher used for it is yours again). Subject: the booking. */
	'booking.declined',
	/** A peer answered a mission your organisation published (to its coordinators). Subject: the answer. */
	'job.answered',
	/** The structure moved your answer to "in discussion". Subject: the answer. */
	'job.answer.in_discussion',
	/** The structure declined your answer. Subject: the answer. */
	'job.answer.declined',
	/** The structure accepted your answer. Subject: the answer. */
	'job.answer.accepted',
	/** The service was withdrawn while your session request waited (a voucher is yours again). Subject: the booking. */
	'booking.withdrawn',
	/** The structure withdrew a mission you answered, before deciding on your answer. Subject: the answer. */
	'job.offer_withdrawn',
	/** A coordinator proposes to enrol you on a peer path (you accept or decline). Subject: the enrolment. */
	'path.enrolment_proposed',
	/** A mission sheet's current version waits for your signature. Subject: the mission sheet. */
	'mission_sheet.to_sign',
	/** An organisation revoked an attestation it issued you (with its reason). Subject: the attestation. */
	'attestation.revoked',
	/** A participant asks to make a knowledge draft of your message (you answer at /compte/savoirs). Subject: the quote consent. */
	'knowledge.quote_requested',
	/** The author answered your request to quote their message (granted or refused). Subject: the quote consent. */
	'knowledge.quote_answered'
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

/** One page of the notification centre. */
export const NOTIFICATIONS_PER_PAGE = 20;
