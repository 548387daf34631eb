export * from './buckets.js';
export * from './local-day.js';
