import type { Transaction } from '../../db/client';

/**
 * Each module contributes its part of a person's export and erasure here, so "my data" stays complete
 * as modules are added. Erasure keeps what others rely on under "membre supprimé" with no link back.
 */
export interface PersonalDataContributor {
	module: string;
	exportFor(tx: Transaction, accountId: string): Promise<unknown>;
	eraseFor(tx: Transaction, accountId: string): Promise<void>;
}
