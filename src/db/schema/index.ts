export * from './accounts';
export * from './organisations';
export * from './matching';
export * from './conversations';
export * from './moderation';
export * from './notifications';
export * from './gatherings';
export * from './knowledge';
