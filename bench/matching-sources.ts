// The TypeScript sources the matching bench drives, re-exported from one entry so that vite's module
// runner loads them as a single module graph (one copy of the schema, the use cases and the database client).
export { openDatabase } from '../src/db/client';
export { applyMigrations } from '../src/db/migrate';
export { createHelpRequest, findMatches, syncExperienceVocabulary } from '../src/core/matching';
export { EXPERIENCE_VOCABULARY } from '../src/core/matching/experience-vocabulary';
