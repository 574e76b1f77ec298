import { RING_DEFAULT_SIZE } from '../canvas/shapes/stepfree-ring/ring-dimensions.ts';
import type { Localized, TemplateArea, TemplateDefinition, TemplateNote } from './types.ts';

export interface AreaSpec {
	key: string;
	title: Localized;
	guidance: Localized;
}

/** Areas side by side, left to right in the given order. */
export function row(
	specs: AreaSpec[],
	at: { x?: number; y?: number; w: number; h: number; gap?: number }
): TemplateArea[] {
	const gap = at.gap ?? 40;
	return specs.map((spec, i) => ({
		...spec,
		x: (at.x ?? 0) + i * (at.w + gap),
		y: at.y ?? 0,
		w: at.w,
		h: at.h
	}));
}

/** Areas in rows of `columns`, in reading order: left to right, then the next row. */
export function grid(
	specs: AreaSpec[],
	at: { columns: number; w: number; h: number; gap?: number }
): TemplateArea[] {
	const gap = at.gap ?? 80;
	return specs.map((spec, i) => ({
		...spec,
		x: (i % at.columns) * (at.w + gap),
		y: Math.floor(i / at.columns) * (at.h + gap),
		w: at.w,
		h: at.h
	}));
}

/** The width `count` areas of width `w` take in a row. */
export const rowWidth = (count: number, w: number, gap = 40) => count * w + (count - 1) * gap;

/** Sticky notes in an area, in rows of `columns` (one under the other by default). */
export function notesIn(
	area: string,
	texts: Localized[],
	color?: TemplateNote['color'],
	columns = 1
): TemplateNote[] {
	return texts.map((text, i) => ({
		key: `${area}-note-${i + 1}`,
		area,
		x: 24 + (i % columns) * NOTE_PITCH,
		y: 140 + Math.floor(i / columns) * NOTE_PITCH,
		text,
		color
	}));
}

/** A sticky note's size plus the gap to the next one. */
const NOTE_PITCH = 215;

/** The width and height a template's areas cover. */
export function extent(areas: TemplateArea[]): { w: number; h: number } {
	return {
		w: Math.max(...areas.map((a) => a.x + a.w)),
		h: Math.max(...areas.map((a) => a.y + a.h))
	};
}

/** The width and height everything a template places covers: its areas and the rings on the page. */
export function templateExtent(template: Pick<TemplateDefinition, 'areas' | 'shapes'>): {
	w: number;
	h: number;
} {
	const areas = extent(template.areas);
	const rings = (template.shapes ?? []).filter((s) => s.type === 'stepfree-ring' && !s.area);
	return {
		w: Math.max(areas.w, ...rings.map((r) => r.x + RING_DEFAULT_SIZE)),
		h: Math.max(areas.h, ...rings.map((r) => r.y + RING_DEFAULT_SIZE))
	};
}
