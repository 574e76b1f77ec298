/**
 * Named moments of opening a board, as `performance` marks: `npm run bench:open` reads them to say
 * where the time goes (they cost nothing a user would notice).
 */
export type OpenMoment = 'board-ready' | 'canvas-code' | 'store-filled' | 'editor-mounted';

export function markOpen(moment: OpenMoment): void {
	if (typeof performance !== 'undefined' && performance.getEntriesByName(`werkbord:${moment}`).length === 0)
		performance.mark(`werkbord:${moment}`);
}
