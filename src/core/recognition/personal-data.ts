import { eq } from 'drizzle-orm';
import { activityAttestations, activityEntries, credentials, recognitionSettings } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * A person's credentials, activity log (dismissed automatic entries excepted), the attestations issued to
 * them and the name they chose for those. On erasure all of it goes: an attestation of an erased person
 * no longer verifies ("unknown code"). Attestations a coordinator issued keep no link to them.
 */
export const recognitionPersonalData: PersonalDataContributor = {
	module: 'recognition',
	async exportFor(tx, accountId) {
		const [wallet, activity, attestations, settings] = await Promise.all([
			tx.select().from(credentials).where(eq(credentials.accountId, accountId)),
			tx.select().from(activityEntries).where(eq(activityEntries.accountId, accountId)),
			tx.select().from(activityAttestations).where(eq(activityAttestations.accountId, accountId)),
			tx.select().from(recognitionSettings).where(eq(recognitionSettings.accountId, accountId))
		]);
		return {
			credentials: wallet.map(({ accountId: _owner, attestedBy: _who, ...credential }) => credential),
			activity: activity
				.filter((entry) => entry.dismissedAt === null)
				.map(({ accountId: _owner, sourceKey: _key, ...entry }) => entry),
			attestations: attestations.map(
				({ accountId: _owner, issuedBy: _by, revokedBy: _rev, ...rest }) => rest
			),
			attestationName: settings[0]?.attestationName ?? null
		};
	},
	async eraseFor(tx, accountId) {
		await tx.delete(activityAttestations).where(eq(activityAttestations.accountId, accountId));
		await tx.delete(activityEntries).where(eq(activityEntries.accountId, accountId));
		await tx.delete(credentials).where(eq(credentials.accountId, accountId));
		await tx.delete(recognitionSettings).where(eq(recognitionSettings.accountId, accountId));
		// As an issuer: the attestations stay (they are the supporters'), without the coordinator's pseudonym.
		await tx
			.update(activityAttestations)
			.set({ issuerName: null })
			.where(eq(activityAttestations.issuedBy, accountId));
	}
};
