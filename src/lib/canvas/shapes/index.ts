import type { TLAnyShapeUtilConstructor } from '@tldraw/tldraw';

// Every shape folder's util: a card or the ring added as a folder is registered here by itself.
const modules = import.meta.glob<Record<string, TLAnyShapeUtilConstructor>>('./*/*ShapeUtil.tsx', {
	eager: true
});

/** Werkbord's own shapes, registered next to tldraw's defaults (sticky notes stay available). */
export const customShapeUtils: TLAnyShapeUtilConstructor[] = Object.values(modules).flatMap((module) =>
	Object.values(module)
);
