export * from './policy';
export { purgeExpiredRecords } from './purge-expired-records';
