// The TypeScript sources the directory-search bench drives, from one entry (one module graph).
export { openDatabase } from '../src/db/client';
export { applyMigrations } from '../src/db/migrate';
export { syncExperienceVocabulary } from '../src/core/matching';
export { searchDirectory } from '../src/core/directory';
export { allCommunes } from '../src/core/directory/places';
export { selectRows } from '../src/db/sql-helpers';
export { sql } from 'drizzle-orm';
