// The TypeScript sources the knowledge-search bench drives, from one entry (one module graph).
export { openDatabase } from '../src/db/client';
export { applyMigrations } from '../src/db/migrate';
export { syncExperienceVocabulary } from '../src/core/matching';
export { searchKnowledge } from '../src/core/knowledge';
export { selectRows } from '../src/db/sql-helpers';
export { sql } from 'drizzle-orm';
export { analyseQuery } from '../src/core/knowledge/search-analysis';
export { queryWords } from '../src/core/knowledge/search-terms';
