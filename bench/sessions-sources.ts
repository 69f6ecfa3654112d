// The TypeScript sources the sessions benches drive, re-exported from one entry so that vite's module
// runner loads them as a single module graph (one copy of the schema, the use cases and the database client).
export { openDatabase } from '../src/db/client';
export { applyMigrations } from '../src/db/migrate';
export { syncExperienceVocabulary } from '../src/core/matching';
export { createOrganisation } from '../src/core/organisations';
export { registerForSession } from '../src/core/gatherings';
export * as schema from '../src/db/schema';
