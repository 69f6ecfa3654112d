import { eq } from 'drizzle-orm';
import { conversationAlerts } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * Difficult-conversation alerts a supporter raised (with their note). Erased with the person: they are
 * between the supporter and their coordinator, and nobody else relies on them.
 */
export const carePersonalData: PersonalDataContributor = {
	module: 'care',
	async exportFor(tx, accountId) {
		const alerts = await tx
			.select({
				organisationId: conversationAlerts.organisationId,
				note: conversationAlerts.note,
				createdAt: conversationAlerts.createdAt,
				acknowledgedAt: conversationAlerts.acknowledgedAt
			})
			.from(conversationAlerts)
			.where(eq(conversationAlerts.supporterId, accountId));
		return { conversationAlerts: alerts };
	},
	async eraseFor(tx, accountId) {
		await tx.delete(conversationAlerts).where(eq(conversationAlerts.supporterId, accountId));
	}
};
