import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { conversationParticipants, notifications } from '../../src/db/schema';
import { sendMessage } from '../../src/core/conversations';
import { createGroup, type CreateGroupInput } from '../../src/core/gatherings';
import type { Actor } from '../../src/core/shared';
import { buildOrganisation, contextFor } from './factories';

export const CHARTER = 'Ce qui se dit dans le groupe reste dans le groupe. On parle en son nom.';

/**
 * An organisation with a coordinator (member role 'coordinator'), two members, a peer supporter, a relative
 * and a professional, all active, and a group the coordinator created (and facilitates).
 */
export async function groupScene(db: Database, group: Partial<CreateGroupInput> = {}) {
	const { organisation, members } = await buildOrganisation(db, {
		members: ['coordinator', 'member', 'member', 'peer_supporter', 'relative', 'professional']
	});
	const [coordinator, member, other, supporter, relative, professional] = members;
	const created = await createGroup(contextFor(db, coordinator!), {
		slug: organisation.slug,
		kind: 'talk',
		title: 'Groupe de parole du mardi',
		purpose: 'Parler entre pairs.',
		audience: 'peers',
		joinPolicy: 'open',
		charter: CHARTER,
		...group
	});
	return {
		organisation,
		coordinator: coordinator!,
		member: member!,
		other: other!,
		supporter: supporter!,
		relative: relative!,
		professional: professional!,
		...created
	};
}

export function say(db: Database, actor: Actor, conversationId: string, body = 'Bonjour') {
	return sendMessage(contextFor(db, actor), { conversationId, messageId: randomUUID(), body });
}

export async function isParticipant(db: Database, conversationId: string, accountId: string) {
	const rows = await db
		.select({ accountId: conversationParticipants.accountId })
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, conversationId),
				eq(conversationParticipants.accountId, accountId)
			)
		);
	return rows.length > 0;
}

export async function notificationsOf(db: Database, accountId: string, kind: string) {
	return db
		.select({ subjectId: notifications.subjectId })
		.from(notifications)
		.where(and(eq(notifications.accountId, accountId), eq(notifications.kind, kind)));
}
