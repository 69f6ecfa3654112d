/** Pure rules of presence ("en ligne") and typing in conversations. */

/** Viewing the conversation's page counts as being there for this long (it works without JavaScript). */
export const PRESENCE_ON_PAGE_MS = 2 * 60 * 1000;
/** Opening the conversation's event stream counts as being there for this long... */
export const PRESENCE_ON_STREAM_MS = 90 * 1000;
/** ...and each process pushes it forward this often for all its open streams, in one statement. */
export const PRESENCE_REFRESH_MS = 30 * 1000;
/**
 * Per person, a token bucket (shared/rate-limit.ts), so it holds across processes: the page signals typing
 * at most every 3 s (20 a minute); a script flooding it is stopped at 30 at once, then one every 2 s.
 */
export const TYPING_RULE = { capacity: 30, perSeconds: 60 };

export interface PresenceFacts {
	/** The person looked at is the viewer. */
	isSelf: boolean;
	/** The person looked at chose to show their presence in this conversation (hidden by default). */
	showPresence: boolean;
	/** Until when they count as present; null when never. */
	presentUntil: Date | null;
	/** The viewer and the person looked at blocked one another (either way). */
	blocked: boolean;
	/** The conversation is closed: its accompaniment ended. Nobody can write there any more. */
	closed: boolean;
}

/**
 * Whether the viewer sees "en ligne" beside someone: only if that person chose to show it, is there now,
 * neither blocked the other, and the conversation is still open (a supporter whose accompaniment ended
 * is not shown to the person they accompanied, whatever they once chose). Never about oneself (the page does not claim what others see), and
 * nothing ever distinguishes "hidden" from "away": no last-seen time, no hint that a choice exists.
 */
export function showsOnline(facts: PresenceFacts, now: Date): boolean {
	return (
		!facts.isSelf &&
		facts.showPresence &&
		!facts.blocked &&
		!facts.closed &&
		facts.presentUntil !== null &&
		facts.presentUntil.getTime() > now.getTime()
	);
}

/**
 * Whether the viewer is told that someone is typing: same choice as presence (typing reveals activity),
 * never one's own typing, never between people who blocked one another, never in a closed conversation
 * (nobody types there). Presence in time is not needed:
 * typing is itself the sign of being there.
 */
export function seesTyping(facts: Omit<PresenceFacts, 'presentUntil'>): boolean {
	return !facts.isSelf && facts.showPresence && !facts.blocked && !facts.closed;
}
