export { normalizeTitle, type BoardSummary } from './board-repository.ts';
export { boardEvents } from './board-events.ts';
