import type { Editor } from '@tldraw/tldraw';

const storageKey = (board: string) => `werkbord-view-${board}`;

/** Whether this page load is the user reloading the page (not a new opening of the board). */
function isReload(): boolean {
	const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return navigation?.type === 'reload';
}

/** The whole board in view, at most at 100% (a single note is not blown up to fill the screen). */
export function fitContent(editor: Editor): void {
	if (editor.getCurrentPageShapeIds().size === 0) return;
	editor.zoomToFit({ immediate: true });
	if (editor.getZoomLevel() > 1) editor.resetZoom(editor.getViewportScreenCenter(), { immediate: true });
}

/**
 * Opens a board fitted to its content, for everyone and every time — except when the user reloads
 * the page: then their own last view comes back (kept for this tab only). Returns the cleanup.
 */
export function openFitted(editor: Editor, board: string): () => void {
	const saved = sessionStorage.getItem(storageKey(board));
	sessionStorage.removeItem(storageKey(board));
	const camera = saved && isReload() ? (JSON.parse(saved) as { x: number; y: number; z: number }) : null;
	if (camera && [camera.x, camera.y, camera.z].every(Number.isFinite))
		editor.setCamera(camera, { immediate: true });
	else fitContent(editor);
	const keep = () => sessionStorage.setItem(storageKey(board), JSON.stringify(editor.getCamera()));
	addEventListener('pagehide', keep);
	return () => removeEventListener('pagehide', keep);
}
