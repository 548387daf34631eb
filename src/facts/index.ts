export { parseFacts, parseFactsJson, parseFactsOrThrow } from './parse.js';
export * from './schema.js';
