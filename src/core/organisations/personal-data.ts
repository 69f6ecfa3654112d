import { eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/** Memberships are exported with the charter version accepted; they are deleted on erasure. */
export const organisationsPersonalData: PersonalDataContributor = {
	module: 'organisations',
	async exportFor(tx, accountId) {
		return tx
			.select({
				organisation: organisations.name,
				slug: organisations.slug,
				role: memberships.role,
				status: memberships.status,
				hiddenFromMemberList: memberships.hiddenFromMemberList,
				charterVersionAccepted: memberships.charterVersionAccepted,
				charterAcceptedAt: memberships.charterAcceptedAt,
				requestedAt: memberships.requestedAt,
				requestMessage: memberships.requestMessage,
				approvedAt: memberships.approvedAt
			})
			.from(memberships)
			.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
			.where(eq(memberships.accountId, accountId));
	},
	async eraseFor(tx, accountId) {
		await tx.delete(memberships).where(eq(memberships.accountId, accountId));
	}
};
