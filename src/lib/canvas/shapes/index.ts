import type { TLAnyShapeUtilConstructor } from '@tldraw/tldraw';
import { labelledShapeUtils } from '../template-labels/labelled-shape-utils.tsx';

// Every shape folder's util: a card or the ring added as a folder is registered here by itself.
const modules = import.meta.glob<Record<string, TLAnyShapeUtilConstructor>>('./*/*ShapeUtil.tsx', {
	eager: true
});

/** Werkbord's own shapes, registered next to tldraw's defaults (sticky notes stay available). */
export const customShapeUtils: TLAnyShapeUtilConstructor[] = Object.values(modules).flatMap((module) =>
	Object.values(module)
);

/** What an editor draws with: our shapes, and tldraw's frame, text and note that show a template's text in the viewer's language. */
export const editorShapeUtils: TLAnyShapeUtilConstructor[] = [...customShapeUtils, ...labelledShapeUtils];
