export * from './calendars';
