import { createRoot } from 'react-dom/client';
import { SnapshotCanvas, type SnapshotCanvasProps } from './SnapshotCanvas.tsx';

/** Renders a read-only board (a React island) into `target`; call the result to remove it. */
export function mountSnapshot(target: HTMLElement, props: SnapshotCanvasProps): () => void {
	const root = createRoot(target);
	root.render(<SnapshotCanvas {...props} />);
	return () => root.unmount();
}
