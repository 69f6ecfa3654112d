export * from './public-intervision';
