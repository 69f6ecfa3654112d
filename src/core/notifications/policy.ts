/** Unread messages younger than this never trigger an email: someone reading live gets none. */
export const DIGEST_QUIET_MINUTES = 15;
/** At most one email per person in this many hours, however many messages arrive. */
export const DIGEST_INTERVAL_HOURS = 24;

const MINUTE_MS = 60_000;

/** What the digest job knows about one person when it decides whether to write to them. */
export interface DigestFacts {
	emailDigest: boolean;
	email: string | null;
	lastDigestAt: Date | null;
	/** The oldest unread message (unmuted conversations) that no earlier digest covered; null when none. */
	earliestUnannouncedAt: Date | null;
}

/**
 * A digest sent at T covered the unread messages already quiet at T (older than T minus the quiet delay);
 * the younger ones were not old enough yet and stay to announce. Null: nothing was ever announced.
 */
export function announcedUntil(lastDigestAt: Date | null): Date | null {
	return lastDigestAt ? new Date(lastDigestAt.getTime() - DIGEST_QUIET_MINUTES * MINUTE_MS) : null;
}

/** Whether the person gets an email now: opted in, has an address, waited long enough, has news. */
export function shouldSendDigest(facts: DigestFacts, now: Date): boolean {
	if (!facts.emailDigest || !facts.email) return false;
	if (!facts.earliestUnannouncedAt) return false;
	if (
		facts.lastDigestAt &&
		now.getTime() - facts.lastDigestAt.getTime() < DIGEST_INTERVAL_HOURS * 60 * MINUTE_MS
	)
		return false;
	const since = announcedUntil(facts.lastDigestAt);
	if (since && facts.earliestUnannouncedAt <= since) return false;
	return now.getTime() - facts.earliestUnannouncedAt.getTime() >= DIGEST_QUIET_MINUTES * MINUTE_MS;
}

/** At most one moderation alert per person in this many minutes, however many reports arrive. */
export const MODERATION_ALERT_INTERVAL_MINUTES = 60;

/** What the alert job knows about one member of staff. */
export interface ModerationAlertFacts {
	moderationAlerts: boolean;
	email: string | null;
	lastModerationAlertAt: Date | null;
	/** The newest open report in their queue; null when it is empty; undefined when they moderate nothing. */
	newestWaitingAt: Date | null | undefined;
}

/**
 * Whether a member of staff gets an alert now: opted in, has an address, still moderates, a report arrived
 * in their queue since the last alert, and that alert is an hour old.
 */
export function shouldSendModerationAlert(facts: ModerationAlertFacts, now: Date): boolean {
	if (!facts.moderationAlerts || !facts.email || !facts.newestWaitingAt) return false;
	const last = facts.lastModerationAlertAt;
	if (!last) return true;
	if (now.getTime() - last.getTime() < MODERATION_ALERT_INTERVAL_MINUTES * MINUTE_MS) return false;
	return facts.newestWaitingAt > last;
}
