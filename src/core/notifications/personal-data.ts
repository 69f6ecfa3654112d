import { asc, eq } from 'drizzle-orm';
import { notifications, organisations } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/** A person's notifications are exported (kinds, ids, dates: they hold nothing else); erased with them. */
export const notificationsPersonalData: PersonalDataContributor = {
	module: 'notifications',
	async exportFor(tx, accountId) {
		return tx
			.select({
				kind: notifications.kind,
				subjectId: notifications.subjectId,
				organisation: organisations.name,
				createdAt: notifications.createdAt,
				readAt: notifications.readAt
			})
			.from(notifications)
			.leftJoin(organisations, eq(organisations.id, notifications.organisationId))
			.where(eq(notifications.accountId, accountId))
			.orderBy(asc(notifications.createdAt));
	},
	async eraseFor(tx, accountId) {
		// The foreign key cascades too; deleting here keeps erasure explicit and in order.
		await tx.delete(notifications).where(eq(notifications.accountId, accountId));
	}
};
