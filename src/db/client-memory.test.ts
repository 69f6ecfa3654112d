import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { selectRows } from './sql-helpers';

describe('the embedded database’s memory', () => {
	it('keeps PostgreSQL’s shared buffers small: WebAssembly memory is never given back', async () => {
		const handle = await openDatabase({ kind: 'pglite-memory' });
		try {
			const [row] = await selectRows<{ shared_buffers: string }>(handle.db, sql`show shared_buffers`);
			expect(row?.shared_buffers).toBe('32MB');
			// Still a working database.
			expect(await selectRows(handle.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
		} finally {
			await handle.close();
		}
	});
});
