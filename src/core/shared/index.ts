export * from './context';
export * from './errors';
export * from './events';
export * from './personal-data';
export * from './rate-limit';
