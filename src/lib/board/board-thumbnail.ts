import { CARDS } from '../canvas/shapes/cards.ts';
import { isPlainObject } from '../plain-object.ts';

export type ThumbnailKind = 'frame' | 'note' | 'card' | 'ring' | 'other';

/** A board drawn small: its shapes as boxes, scaled into a box of THUMBNAIL_SIZE at most. */
export interface Thumbnail {
	w: number;
	h: number;
	shapes: [x: number, y: number, w: number, h: number, kind: ThumbnailKind][];
}

export const THUMBNAIL_SIZE = 240;
/** More boxes than this say nothing more at this size (and keep the stored picture small). */
const MAX_SHAPES = 400;
const NOTE_SIZE = 200;
const CARD_TYPES = new Set<string>(CARDS.map((card) => card.type));

const num = (value: unknown, fallback: number) =>
	typeof value === 'number' && Number.isFinite(value) ? value : fallback;

function kindOf(type: unknown): ThumbnailKind {
	if (type === 'frame' || type === 'note') return type;
	if (type === 'stepfree-ring') return 'ring';
	return CARD_TYPES.has(String(type)) ? 'card' : 'other';
}

function sizeOf(shape: Record<string, unknown>): { w: number; h: number } | null {
	const props = isPlainObject(shape.props) ? shape.props : {};
	if (shape.type === 'note') {
		const scale = num(props.scale, 1);
		return { w: NOTE_SIZE * scale, h: (NOTE_SIZE + num(props.growY, 0)) * scale };
	}
	if (shape.type === 'stepfree-ring') return { w: num(props.size, 0), h: num(props.size, 0) };
	if (typeof props.w === 'number' && typeof props.h === 'number')
		return { w: num(props.w, 0), h: num(props.h, 0) };
	return null;
}

/**
 * The picture of a board for its line on the home page, from its records as stored (rotation
 * ignored: a box is enough at this size). Null for a board with nothing on it.
 */
export function thumbnailOf(records: Record<string, unknown>[]): Thumbnail | null {
	const shapes = new Map(
		records.filter((r) => r.typeName === 'shape' && typeof r.id === 'string').map((r) => [r.id as string, r])
	);
	const pageOrigin = (shape: Record<string, unknown>) => {
		let x = num(shape.x, 0);
		let y = num(shape.y, 0);
		for (let parent = shapes.get(String(shape.parentId)), depth = 0; parent && depth < 20; depth++) {
			x += num(parent.x, 0);
			y += num(parent.y, 0);
			parent = shapes.get(String(parent.parentId));
		}
		return { x, y };
	};
	const boxes = [...shapes.values()].flatMap((shape) => {
		const size = sizeOf(shape);
		if (!size || size.w <= 0 || size.h <= 0) return [];
		return [{ ...pageOrigin(shape), ...size, kind: kindOf(shape.type) }];
	});
	if (boxes.length === 0) return null;
	// Frames and rings first (they are behind), then the rest, at most MAX_SHAPES.
	boxes.sort(
		(a, b) =>
			Number(b.kind === 'frame' || b.kind === 'ring') - Number(a.kind === 'frame' || a.kind === 'ring')
	);
	const kept = boxes.slice(0, MAX_SHAPES);
	const minX = Math.min(...kept.map((b) => b.x));
	const minY = Math.min(...kept.map((b) => b.y));
	const maxX = Math.max(...kept.map((b) => b.x + b.w));
	const maxY = Math.max(...kept.map((b) => b.y + b.h));
	const scale = THUMBNAIL_SIZE / Math.max(maxX - minX, maxY - minY);
	const round = (value: number) => Math.round(value * 10) / 10;
	return {
		w: round((maxX - minX) * scale),
		h: round((maxY - minY) * scale),
		shapes: kept.map((b) => [
			round((b.x - minX) * scale),
			round((b.y - minY) * scale),
			round(b.w * scale),
			round(b.h * scale),
			b.kind
		])
	};
}

/** A thumbnail as stored, read defensively (null: none, or not one). */
export function readThumbnail(stored: string | null): Thumbnail | null {
	if (!stored) return null;
	try {
		const value: unknown = JSON.parse(stored);
		if (!isPlainObject(value) || !Array.isArray(value.shapes)) return null;
		return value as unknown as Thumbnail;
	} catch {
		return null;
	}
}
