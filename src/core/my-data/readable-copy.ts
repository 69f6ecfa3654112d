import { asc, eq, inArray } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	accounts,
	conversationParticipants,
	conversations,
	experiences,
	helpRequests,
	memberships,
	offerExperiences,
	organisations,
	profileExperiences,
	supporterOffers
} from '../../db/schema';
import { loadMessages } from '../conversations/message-view';
import { takesPart } from '../conversations/queries';
import { sessionsRecordOf } from '../gatherings/personal-data-calendars';
import { journalOf } from '../gatherings/journal-personal-data';
import { knowledgeRecordOf } from '../knowledge/personal-data';
import { planRecordOf } from '../plans/personal-data';
import { requireActor, type Ctx } from '../shared';

/** A conversation longer than this is cut to its latest messages (the JSON export keeps all of one's own). */
export const MOST_MESSAGES_PER_CONVERSATION = 5_000;

export interface ReadableMessage {
	/** 'me', the other person's pseudonym, or null for someone whose account is erased. */
	author: 'me' | { pseudonym: string } | null;
	body: string | null;
	deleted: boolean;
	hidden: boolean;
	createdAt: Date;
	editedAt: Date | null;
}

export interface ReadableConversation {
	id: string;
	kind: string;
	title: string | null;
	/** The other participants today, by pseudonym (an erased one is simply gone). */
	others: string[];
	joinedAt: Date;
	messages: ReadableMessage[];
}

/**
 * What the signed-in person can read about themselves, shaped for people (the HTML copy beside the JSON
 * export): experiences named in their language, memberships, offer, help requests, and their
 * conversations with both sides, exactly as the conversation page shows them to this person (messages
 * past retention, hidden or deleted ones without their text, in groups only what came after they joined
 * and nothing from people they blocked). Nothing about the others beyond the pseudonym on their messages.
 */
export async function readableCopyOfMyData(ctx: Ctx, input: { locale: 'fr' | 'en' }) {
	const actor = requireActor(ctx);
	const accountId = actor.accountId;
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const [[account], joined, profile, offers, offered, requests, taking] = await Promise.all([
			tx
				.select({ pseudonym: accounts.pseudonym, email: accounts.email, createdAt: accounts.createdAt })
				.from(accounts)
				.where(eq(accounts.id, accountId)),
			tx
				.select({
					organisation: organisations.name,
					role: memberships.role,
					status: memberships.status,
					requestedAt: memberships.requestedAt,
					approvedAt: memberships.approvedAt
				})
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(eq(memberships.accountId, accountId))
				.orderBy(asc(organisations.name)),
			tx
				.select({
					experienceId: profileExperiences.experienceId,
					detail: profileExperiences.detail,
					period: profileExperiences.period,
					visibility: profileExperiences.visibility
				})
				.from(profileExperiences)
				.where(eq(profileExperiences.accountId, accountId)),
			tx.select().from(supporterOffers).where(eq(supporterOffers.accountId, accountId)),
			tx
				.select({ experienceId: offerExperiences.experienceId })
				.from(offerExperiences)
				.where(eq(offerExperiences.accountId, accountId)),
			tx
				.select({
					createdAt: helpRequests.createdAt,
					status: helpRequests.status,
					hopes: helpRequests.hopes,
					experienceIds: helpRequests.experienceIds,
					formats: helpRequests.formats,
					closesAt: helpRequests.closesAt
				})
				.from(helpRequests)
				.where(eq(helpRequests.requesterId, accountId))
				.orderBy(asc(helpRequests.createdAt)),
			tx
				.select({
					id: conversations.id,
					kind: conversations.kind,
					title: conversations.title,
					joinedAt: conversationParticipants.joinedAt,
					joinedAfterSeq: conversationParticipants.joinedAfterSeq
				})
				.from(conversations)
				.innerJoin(conversationParticipants, takesPart(accountId))
				.orderBy(asc(conversationParticipants.joinedAt))
		]);
		const labels = await experienceLabels(tx, input.locale, [
			...profile.map((row) => row.experienceId),
			...offered.map((row) => row.experienceId),
			...requests.flatMap((row) => row.experienceIds)
		]);
		const named = (id: string) => labels.get(id) ?? id;
		const offer = offers[0];
		return {
			exportedAt: now,
			account: account ?? null,
			memberships: joined,
			experiences: profile
				.map((row) => ({ ...row, label: named(row.experienceId) }))
				.sort((a, b) => a.label.localeCompare(b.label, input.locale)),
			offer: offer
				? {
						introduction: offer.introduction,
						availability: offer.availability,
						formats: offer.formats,
						languages: offer.languages,
						area: offer.area,
						capacity: offer.capacity,
						paused: offer.paused,
						experiences: offered.map((row) => named(row.experienceId))
					}
				: null,
			helpRequests: requests.map(({ experienceIds, ...request }) => ({
				...request,
				experiences: experienceIds.map(named)
			})),
			conversations: await readableConversations(tx, accountId, now, taking),
			// Registrations, choices and feed dates: never a session's link or number, nobody else.
			sessions: await sessionsRecordOf(tx, accountId),
			journal: await journalOf(tx, accountId),
			// What they wrote in the knowledge commons, and their answers to others' contributions.
			knowledge: await knowledgeRecordOf(tx, accountId),
			// Their own plan: every version, their shares and who opened it.
			plan: await planRecordOf(tx, accountId)
		};
	});
}

export type ReadableCopy = Awaited<ReturnType<typeof readableCopyOfMyData>>;

async function experienceLabels(db: DatabaseOrTransaction, locale: 'fr' | 'en', ids: string[]) {
	const unique = [...new Set(ids)];
	if (!unique.length) return new Map<string, string>();
	const rows = await db
		.select({ id: experiences.id, labelFr: experiences.labelFr, labelEn: experiences.labelEn })
		.from(experiences)
		.where(inArray(experiences.id, unique));
	return new Map(rows.map((row) => [row.id, locale === 'en' ? row.labelEn : row.labelFr]));
}

async function readableConversations(
	db: DatabaseOrTransaction,
	accountId: string,
	now: Date,
	taking: Array<{ id: string; kind: string; title: string | null; joinedAt: Date; joinedAfterSeq: number }>
): Promise<ReadableConversation[]> {
	const ids = taking.map((conversation) => conversation.id);
	const people = ids.length
		? await db
				.select({
					conversationId: conversationParticipants.conversationId,
					accountId: accounts.id,
					pseudonym: accounts.pseudonym
				})
				.from(conversationParticipants)
				.innerJoin(accounts, eq(accounts.id, conversationParticipants.accountId))
				.where(inArray(conversationParticipants.conversationId, ids))
		: [];
	const shown: ReadableConversation[] = [];
	for (const conversation of taking) {
		const messages = await loadMessages(db, {
			conversationId: conversation.id,
			viewerId: accountId,
			now,
			limit: MOST_MESSAGES_PER_CONVERSATION,
			group: conversation.kind === 'group' ? { joinedAfterSeq: conversation.joinedAfterSeq } : undefined
		});
		shown.push({
			id: conversation.id,
			kind: conversation.kind,
			title: conversation.title,
			joinedAt: conversation.joinedAt,
			others: people
				.filter((person) => person.conversationId === conversation.id && person.accountId !== accountId)
				.map((person) => person.pseudonym),
			messages: messages.map((message) => ({
				author: message.mine ? 'me' : message.author ? { pseudonym: message.author.pseudonym } : null,
				body: message.body,
				deleted: message.deleted,
				hidden: message.hidden,
				createdAt: message.createdAt,
				editedAt: message.editedAt
			}))
		});
	}
	return shown;
}
