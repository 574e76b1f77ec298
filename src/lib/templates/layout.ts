import { RING_DEFAULT_SIZE } from '../canvas/shapes/stepfree-ring/ring-dimensions.ts';
import type { Localized, TemplateArea, TemplateDefinition, TemplateNote, TemplateShape } from './types.ts';

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

/** The width `count` areas of width `w` take in a row. */
export const rowWidth = (count: number, w: number, gap = 40) => count * w + (count - 1) * gap;

/** Sticky notes stacked in an area, one under the other. */
export function notesIn(area: string, texts: Localized[], color?: TemplateNote['color']): TemplateNote[] {
	return texts.map((text, i) => ({
		key: `${area}-note-${i + 1}`,
		area,
		x: 24,
		y: 140 + i * 215,
		text,
		color
	}));
}

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

/**
 * Templates one under the other as numbered chapters; keys get the template id in front so
 * they stay unique.
 */
export function chapters(parts: Pick<TemplateDefinition, 'id' | 'areas' | 'notes' | 'shapes'>[], gap = 240) {
	const areas: TemplateArea[] = [];
	const notes: TemplateNote[] = [];
	const shapes: TemplateShape[] = [];
	let y = 0;
	parts.forEach((part, i) => {
		const number = `${i + 1}. `;
		const key = (inner: string) => `${part.id}/${inner}`;
		for (const area of part.areas) {
			areas.push({
				...area,
				key: key(area.key),
				y: y + area.y,
				title: { nl: number + area.title.nl, en: number + area.title.en }
			});
		}
		for (const note of part.notes) notes.push({ ...note, key: key(note.key), area: key(note.area) });
		for (const shape of part.shapes ?? []) {
			shapes.push(
				shape.area
					? { ...shape, key: key(shape.key), area: key(shape.area) }
					: { ...shape, key: key(shape.key), y: y + shape.y }
			);
		}
		y += extent(part.areas).h + gap;
	});
	return { areas, notes, shapes };
}
