import { markOpen } from './open-marks.ts';

type CanvasModule = typeof import('$lib/canvas/mount-board.tsx');
let loading: Promise<CanvasModule> | null = null;

/**
 * The canvas code (tldraw and React, the biggest chunk): asked for as soon as a board page mounts,
 * so that it downloads and parses while the board itself is still syncing.
 */
export function loadCanvasCode(): Promise<CanvasModule> {
	loading ??= import('$lib/canvas/mount-board.tsx').then(
		(module) => {
			markOpen('canvas-code');
			return module;
		},
		(error: unknown) => {
			loading = null; // the next page that needs it asks again
			throw error;
		}
	);
	return loading;
}
