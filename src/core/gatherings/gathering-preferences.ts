import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { gatheringPreferences } from '../../db/schema';

export interface GatheringPreferences {
	discreet: boolean;
	reminders: boolean;
}

/** A person's choices for sessions; without a row, the defaults (not discreet, no reminders). */
export async function readGatheringPreferences(
	db: DatabaseOrTransaction,
	accountId: string
): Promise<GatheringPreferences> {
	const [row] = await db
		.select({ discreet: gatheringPreferences.discreet, reminders: gatheringPreferences.reminders })
		.from(gatheringPreferences)
		.where(eq(gatheringPreferences.accountId, accountId));
	return row ?? { discreet: false, reminders: false };
}
