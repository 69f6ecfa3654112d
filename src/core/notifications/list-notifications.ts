import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
	accompanimentHandovers,
	jobAnswers,
	jobOffers,
	peerServices,
	serviceBookings,
	accompaniments,
	accounts,
	contactRequests,
	contributionRevisions,
	contributions,
	memberships,
	messages,
	moderationAppeals,
	moderationDecisions,
	debriefNotes,
	notifications,
	organisations,
	peerGroups,
	quoteConsents,
	reports,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { NOTIFICATIONS_PER_PAGE, type NotificationKindName } from './kinds';

export const ListNotificationsSchema = z.object({
	/** 1 for the newest page. */
	page: z.coerce
		.number('validation.invalid')
		.int('validation.invalid')
		.min(1, 'validation.invalid')
		.max(1000, 'validation.invalid')
		.optional()
		.default(1)
});

/**
 * One notification as the centre shows it: what happened, named (the organisation, the other person's
 * pseudonym where they may know it, a decision's outcome), and where to act. Never a message's or an
 * experience's words. `gone` when what it was about no longer exists (then it names what it still can).
 */
export interface ShownNotification {
	id: string;
	kind: NotificationKindName;
	createdAt: Date;
	read: boolean;
	gone: boolean;
	organisation: { name: string; slug: string } | null;
	/** The other person of a contact request (the requester knows whom they asked; the supporter who asks). */
	pseudonym: string | null;
	/** A decision's action, an appeal's outcome ('upheld' | 'reversed'): what the person may know. */
	outcome: string | null;
	/** Where to act, or null when there is nowhere left to go. */
	href: string | null;
	/** A group's title (group and session kinds), or null. */
	title: string | null;
	/** When the session starts (session kinds), or null. */
	startsAt: Date | null;
}

const requester = alias(accounts, 'requester');
const supporter = alias(accounts, 'supporter');
const about = (kind: string) => sql`${notifications.kind} = ${kind}`;
const aboutContact = sql`${notifications.kind} like 'contact.%'`;
const occurrence = alias(sessionOccurrences, 'occurrence');
// A quote request's other person (who asks, to the author; who answered, to the requester) and its message.
const quoteOther = alias(accounts, 'quote_other');
const quotedMessage = alias(messages, 'quoted_message');
// The group a notification is about: its subject (group kinds), or the group of its occurrence (session kinds).
const groupOfNotification = sql`${peerGroups.id} = case
	when ${notifications.kind} like 'group.%' then ${notifications.subjectId}
	else ${occurrence.groupId} end`;

/** The actor's notifications, newest first, one page at a time; scoped in SQL to the actor. */
export async function listNotifications(ctx: Ctx, input: z.input<typeof ListNotificationsSchema> = {}) {
	const actor = requireActor(ctx);
	const { page } = parseInput(ListNotificationsSchema, input);
	const rows = await ctx.db
		.select({
			id: notifications.id,
			kind: notifications.kind,
			subjectId: notifications.subjectId,
			createdAt: notifications.createdAt,
			readAt: notifications.readAt,
			organisationName: organisations.name,
			organisationSlug: organisations.slug,
			membershipId: memberships.id,
			contactId: contactRequests.id,
			requesterPseudonym: requester.pseudonym,
			supporterPseudonym: supporter.pseudonym,
			accompanimentId: accompaniments.id,
			decisionAction: moderationDecisions.action,
			reportId: reports.id,
			appealStatus: moderationAppeals.status,
			groupId: peerGroups.id,
			groupTitle: peerGroups.title,
			occurrenceId: occurrence.id,
			occurrenceStartsAt: occurrence.startsAt,
			debriefNoteId: debriefNotes.id,
			revisionStatus: contributionRevisions.status,
			contributionId: contributions.id,
			contributionTitle: contributions.title,
			contributionHidden: sql<boolean>`${contributions.hiddenAt} is not null`,
			handoverStatus: accompanimentHandovers.status,
			handoverId: accompanimentHandovers.id,
			bookingId: serviceBookings.id,
			serviceTitle: peerServices.title,
			answerId: jobAnswers.id,
			offerId: jobOffers.id,
			offerTitle: jobOffers.title,
			quoteStatus: quoteConsents.status,
			quoteConversationId: quoteConsents.conversationId,
			quoteMessageSeq: quotedMessage.seq,
			quotePseudonym: quoteOther.pseudonym
		})
		.from(notifications)
		.leftJoin(organisations, eq(organisations.id, notifications.organisationId))
		.leftJoin(
			memberships,
			and(sql`${notifications.kind} like 'membership.%'`, eq(memberships.id, notifications.subjectId))
		)
		.leftJoin(contactRequests, and(aboutContact, eq(contactRequests.id, notifications.subjectId)))
		.leftJoin(requester, eq(requester.id, contactRequests.requesterId))
		.leftJoin(supporter, eq(supporter.id, contactRequests.supporterId))
		.leftJoin(
			accompaniments,
			and(about('contact.accepted'), eq(accompaniments.contactRequestId, contactRequests.id))
		)
		.leftJoin(
			moderationDecisions,
			and(about('moderation.decided'), eq(moderationDecisions.id, notifications.subjectId))
		)
		.leftJoin(reports, and(about('report.handled'), eq(reports.id, notifications.subjectId)))
		.leftJoin(
			moderationAppeals,
			and(about('appeal.decided'), eq(moderationAppeals.id, notifications.subjectId))
		)
		.leftJoin(
			sessionRegistrations,
			and(about('session.promoted'), eq(sessionRegistrations.id, notifications.subjectId))
		)
		.leftJoin(
			occurrence,
			sql`${notifications.kind} like 'session.%' and ${occurrence.id} = case
				when ${notifications.kind} = 'session.promoted' then ${sessionRegistrations.occurrenceId}
				else ${notifications.subjectId} end`
		)
		.leftJoin(
			peerGroups,
			// Parenthesised: `and` would otherwise bind the second kind only, and every group would join the first.
			and(
				sql`(${notifications.kind} like 'group.%' or ${notifications.kind} like 'session.%')`,
				groupOfNotification
			)
		)
		.leftJoin(debriefNotes, and(about('debrief.shared'), eq(debriefNotes.id, notifications.subjectId)))
		.leftJoin(
			contributionRevisions,
			and(
				sql`${notifications.kind} like 'knowledge.revision_%'`,
				eq(contributionRevisions.id, notifications.subjectId)
			)
		)
		.leftJoin(contributions, eq(contributions.id, contributionRevisions.contributionId))
		.leftJoin(
			accompanimentHandovers,
			and(
				sql`${notifications.kind} like 'handover.%'`,
				eq(accompanimentHandovers.id, notifications.subjectId)
			)
		)
		.leftJoin(
			serviceBookings,
			and(sql`${notifications.kind} like 'booking.%'`, eq(serviceBookings.id, notifications.subjectId))
		)
		.leftJoin(peerServices, eq(peerServices.id, serviceBookings.serviceId))
		.leftJoin(
			jobAnswers,
			and(sql`${notifications.kind} like 'job.%'`, eq(jobAnswers.id, notifications.subjectId))
		)
		.leftJoin(jobOffers, eq(jobOffers.id, jobAnswers.offerId))
		.leftJoin(
			quoteConsents,
			and(sql`${notifications.kind} like 'knowledge.quote_%'`, eq(quoteConsents.id, notifications.subjectId))
		)
		.leftJoin(
			quotedMessage,
			and(
				eq(quotedMessage.id, quoteConsents.messageId),
				isNull(quotedMessage.deletedAt),
				isNull(quotedMessage.hiddenAt)
			)
		)
		.leftJoin(
			quoteOther,
			sql`${quoteOther.id} = case when ${notifications.kind} = 'knowledge.quote_requested'
				then ${quoteConsents.requesterId} else ${quoteConsents.authorId} end`
		)
		.where(eq(notifications.accountId, actor.accountId))
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(NOTIFICATIONS_PER_PAGE + 1)
		.offset((page - 1) * NOTIFICATIONS_PER_PAGE);
	const shown = rows.slice(0, NOTIFICATIONS_PER_PAGE).map(showNotification);
	return { notifications: shown, page, hasMore: rows.length > NOTIFICATIONS_PER_PAGE };
}

type Row = {
	id: string;
	kind: string;
	subjectId?: string | null;
	createdAt: Date;
	readAt: Date | null;
	organisationName: string | null;
	organisationSlug: string | null;
	membershipId: string | null;
	contactId: string | null;
	requesterPseudonym: string | null;
	supporterPseudonym: string | null;
	accompanimentId: string | null;
	decisionAction: string | null;
	reportId: string | null;
	appealStatus: string | null;
	groupId?: string | null;
	groupTitle?: string | null;
	occurrenceId?: string | null;
	occurrenceStartsAt?: Date | null;
	debriefNoteId?: string | null;
	handoverStatus?: string | null;
	handoverId?: string | null;
	revisionStatus?: string | null;
	contributionId?: string | null;
	contributionTitle?: string | null;
	contributionHidden?: boolean | null;
	bookingId?: string | null;
	serviceTitle?: string | null;
	answerId?: string | null;
	offerId?: string | null;
	offerTitle?: string | null;
	quoteStatus?: string | null;
	quoteConversationId?: string | null;
	quoteMessageSeq?: number | null;
	quotePseudonym?: string | null;
};

/** Names one notification from what still exists; pure, so that its rules read in one place. */
export function showNotification(row: Row): ShownNotification {
	const kind = row.kind as NotificationKindName;
	const organisation =
		row.organisationName && row.organisationSlug
			? { name: row.organisationName, slug: row.organisationSlug }
			: null;
	const base = {
		id: row.id,
		kind,
		createdAt: row.createdAt,
		read: row.readAt !== null,
		organisation,
		title: row.groupTitle ?? row.serviceTitle ?? row.offerTitle ?? null,
		startsAt: row.occurrenceStartsAt ?? null
	};
	const none = { pseudonym: null, outcome: null };
	switch (kind) {
		case 'membership.approved':
			return {
				...base,
				...none,
				gone: !row.membershipId || !organisation,
				href: row.membershipId && organisation ? `/organisations/${organisation.slug}` : null
			};
		case 'membership.refused':
			// Refusing deletes the request: the organisation is what there is to name.
			return {
				...base,
				...none,
				gone: !organisation,
				href: organisation ? `/organisations/${organisation.slug}` : null
			};
		case 'contact.received':
			return {
				...base,
				outcome: null,
				pseudonym: row.requesterPseudonym,
				gone: !row.contactId,
				href: row.contactId ? '/espace-pair-aidant' : null
			};
		case 'contact.accepted':
		case 'contact.declined':
		case 'accompaniment.opened':
			return {
				...base,
				outcome: null,
				pseudonym: row.supporterPseudonym,
				gone: !row.contactId,
				href: row.accompanimentId
					? `/accompagnements/${row.accompanimentId}`
					: row.contactId
						? '/trouver-un-pair'
						: null
			};
		case 'moderation.decided':
			return {
				...base,
				pseudonym: null,
				outcome: row.decisionAction,
				gone: !row.decisionAction,
				href: row.decisionAction ? '/compte/moderation' : null
			};
		case 'report.handled':
			return {
				...base,
				...none,
				gone: !row.reportId,
				href: row.reportId ? '/compte/moderation' : null
			};
		case 'appeal.decided':
			return {
				...base,
				pseudonym: null,
				outcome: row.appealStatus,
				gone: !row.appealStatus,
				href: row.appealStatus ? '/compte/moderation' : null
			};
		case 'group.invited':
		case 'group.approved':
		case 'group.refused':
		case 'group.requested':
			return {
				...base,
				...none,
				gone: !row.groupId,
				href: row.groupId
					? kind === 'group.requested'
						? `/groupes/${row.groupId}/membres`
						: `/groupes/${row.groupId}`
					: null
			};
		case 'session.promoted':
		case 'session.cancelled':
		case 'session.changed':
			return {
				...base,
				...none,
				gone: !row.occurrenceId,
				href: row.occurrenceId ? `/seances/${row.occurrenceId}` : null
			};
		case 'debrief.shared':
			return {
				...base,
				...none,
				gone: !row.debriefNoteId || !organisation,
				href: row.debriefNoteId && organisation ? `/organisations/${organisation.slug}/debriefings` : null
			};
		case 'knowledge.revision_proposed':
		case 'knowledge.revision_decided': {
			// The contribution's title (its author's words, which both may read), never the revision's text;
			// a contribution hidden by moderation is not named.
			const shown = row.contributionId && !row.contributionHidden;
			return {
				...base,
				pseudonym: null,
				title: shown ? (row.contributionTitle ?? null) : null,
				outcome: kind === 'knowledge.revision_decided' ? (row.revisionStatus ?? null) : null,
				gone: !row.revisionStatus,
				href: row.revisionStatus && row.contributionId ? `/savoirs/${row.contributionId}/propositions` : null
			};
		}
		case 'attestation.revoked':
		case 'attestation.issued':
			// Named by its organisation; the attestation itself is on the person's activity page.
			return {
				...base,
				...none,
				gone: !organisation,
				href: '/compte/activite#attestations'
			};
		case 'handover.proposed':
		case 'handover.farewell':
		case 'handover.answered':
			// The person answers at the handover's page; the supporters read the answer (accepted or declined).
			return {
				...base,
				...none,
				outcome: kind === 'handover.answered' ? (row.handoverStatus ?? null) : null,
				gone: !row.handoverId,
				href: !row.handoverId
					? null
					: kind === 'handover.answered'
						? '/mon-parcours'
						: `/mon-parcours/relais/${row.handoverId}`
			};
		case 'booking.requested':
		case 'booking.accepted':
		case 'booking.declined':
		case 'booking.withdrawn':
			// Both sides follow their sessions in their peer-work space (requests to decide, requests made).
			return { ...base, ...none, gone: !row.bookingId, href: row.bookingId ? '/travail-pair' : null };
		case 'job.answered':
		case 'job.answer.in_discussion':
		case 'job.answer.declined':
		case 'job.answer.accepted':
		case 'job.offer_withdrawn':
			return {
				...base,
				...none,
				gone: !row.answerId,
				href: row.answerId && row.offerId ? `/offres-de-mission/${row.offerId}` : null
			};
		case 'path.enrolment_proposed':
			// The person accepts or declines on their path page.
			return { ...base, ...none, gone: !organisation, href: '/mon-parcours' };
		case 'mission_sheet.to_sign':
			return {
				...base,
				...none,
				gone: !organisation || !row.subjectId,
				href:
					organisation && row.subjectId
						? `/organisations/${organisation.slug}/fiches-mission/${row.subjectId}`
						: null
			};
		case 'knowledge.quote_requested':
		case 'knowledge.quote_answered':
			return showQuoteNotification(base, kind, row);
		default:
			return { ...base, ...none, gone: true, href: null };
	}
}

const QUOTE_OUTCOME: Record<string, string> = { granted: 'accepted', refused: 'declined' };

/**
 * A request to quote a message: who asks (to the author) or who answered and how (to the requester), never
 * the message's words. Gone once the message is deleted or hidden, as the request then leaves /compte/savoirs
 * and no draft can be made of it.
 */
function showQuoteNotification(
	base: Omit<ShownNotification, 'gone' | 'pseudonym' | 'outcome' | 'href'>,
	kind: 'knowledge.quote_requested' | 'knowledge.quote_answered',
	row: Row
): ShownNotification {
	const shown = Boolean(row.quoteStatus && row.quoteConversationId) && row.quoteMessageSeq != null;
	const answered = kind === 'knowledge.quote_answered';
	return {
		...base,
		title: null,
		pseudonym: shown ? (row.quotePseudonym ?? null) : null,
		outcome: shown && answered ? (QUOTE_OUTCOME[row.quoteStatus!] ?? null) : null,
		gone: !shown,
		href: !shown
			? null
			: answered
				? `/conversations/${row.quoteConversationId}#message-${row.quoteMessageSeq}`
				: '/compte/savoirs#quotes'
	};
}
