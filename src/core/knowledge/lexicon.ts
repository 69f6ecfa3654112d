import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';

/**
 * Adds a contribution's words (its search lexemes, as the `entrepairs_fr` configuration folds them) to the
 * lexicon that typo tolerance matches query words against. Words are only added: a word that no longer
 * occurs anywhere costs a row and finds nothing. Call it after a contribution's text changes.
 */
export async function addToLexicon(db: DatabaseOrTransaction, contributionId: string): Promise<void> {
	await db.execute(sql`
		insert into knowledge_lexicon (word)
		select word from ts_stat(${`select search from contributions where id = '${contributionId.replace(/[^0-9a-f-]/gi, '')}'`})
		where length(word) between 3 and 40
		on conflict do nothing`);
}
