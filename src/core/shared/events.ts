/** Domain events carry ids only: listeners reload what changed from the database. */
export type DomainEvent =
	| { type: 'account.created'; accountId: string }
	| { type: 'account.deleted'; accountId: string }
	| { type: 'account.signed-out-everywhere'; accountId: string }
	/** Some of the account's sessions ended (signing out, a password changed or recovered). */
	| { type: 'account.sessions-closed'; accountId: string }
	| { type: 'membership.requested'; organisationId: string; membershipId: string }
	| { type: 'membership.changed'; organisationId: string; membershipId: string; accountId: string }
	| { type: 'membership.removed'; organisationId: string; accountId: string }
	| { type: 'organisation.created'; organisationId: string }
	| { type: 'profile.changed'; accountId: string }
	| { type: 'offer.changed'; accountId: string }
	| { type: 'help-request.created'; helpRequestId: string }
	| { type: 'contact.requested'; contactRequestId: string; supporterId: string }
	| { type: 'contact.decided'; contactRequestId: string; requesterId: string }
	| { type: 'contact.withdrawn'; contactRequestId: string; supporterId: string }
	| { type: 'accompaniment.opened'; accompanimentId: string }
	| { type: 'accompaniment.ended'; accompanimentId: string }
	| { type: 'experience.proposed'; experienceId: string }
	| { type: 'experience.decided'; experienceId: string; status: 'approved' | 'rejected' }
	| { type: 'experience.renamed'; experienceId: string }
	| { type: 'experience.merged'; experienceId: string; intoId: string }
	| { type: 'message.created'; conversationId: string; seq: number }
	| { type: 'message.changed'; conversationId: string; seq: number }
	| { type: 'conversation.changed'; conversationId: string }
	/**
	 * A person is no longer a participant (they left, or left the organisation the group belongs to): their
	 * streams of this conversation end in every process, at once.
	 */
	| { type: 'conversation.left'; conversationId: string; accountId: string }
	/** Someone who shows their presence came or left, or someone changed that choice: streams re-read it. */
	| { type: 'presence.changed'; conversationId: string; accountId: string }
	/** Ephemeral, never stored: a participant who shows their presence is typing. */
	| { type: 'conversation.typing'; conversationId: string; accountId: string }
	| { type: 'report.created'; reportId: string; organisationId: string | null }
	| { type: 'report.changed'; reportId: string; organisationId: string | null }
	| { type: 'moderation.decided'; decisionId: string; subjectAccountId: string | null }
	| { type: 'account.suspended'; accountId: string }
	/** An appeal against a decision was filed or decided: reviewers' queues re-read (organisation or instance). */
	| { type: 'appeal.filed'; appealId: string; organisationId: string | null }
	| { type: 'appeal.decided'; appealId: string; organisationId: string | null; appellantId: string }
	/** An appeal reversed a decision; its effects were undone where they could be. */
	| { type: 'moderation.reversed'; decisionId: string; subjectAccountId: string | null }
	| { type: 'conversation.alerted'; alertId: string; organisationId: string }
	| { type: 'alert.acknowledged'; alertId: string; organisationId: string }
	/** Something waits for this person in their notification centre (ids only; the centre names it). */
	| { type: 'notification.created'; notificationId: string; accountId: string }
	/** The person marked notifications as read: their other tabs' badges re-count. */
	| { type: 'notifications.read'; accountId: string }
	/** A group's settings, charter or facilitators changed: its pages and the programme re-read. */
	| { type: 'group.changed'; groupId: string; organisationId: string }
	/** Someone's place in a group changed (joined, asked, invited, approved, removed, left). */
	| { type: 'group.member-changed'; groupId: string; accountId: string }
	/** A session occurrence was scheduled, changed or cancelled. */
	| { type: 'occurrence.changed'; occurrenceId: string; groupId: string }
	/** A registration changed (registered, waiting, promoted, cancelled). */
	| { type: 'registration.changed'; occurrenceId: string; accountId: string }
	/** A supporter shared a debrief note with an organisation's coordinators. */
	| { type: 'debrief.shared'; debriefNoteId: string; organisationId: string }
	| { type: 'debrief.acknowledged'; debriefNoteId: string; organisationId: string };

export interface EventSink {
	emit(event: DomainEvent): void;
}

/** Collects events in memory: for tests, and for emitting only after a transaction commits. */
export class RecordingEventSink implements EventSink {
	readonly events: DomainEvent[] = [];
	emit(event: DomainEvent): void {
		this.events.push(event);
	}
}
