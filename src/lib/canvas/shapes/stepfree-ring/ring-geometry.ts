import { INNER_RATIO, RING_STEP_COUNT } from './ring-dimensions.ts';

const STEPS = RING_STEP_COUNT;
const SPAN = (2 * Math.PI) / STEPS;
/** Step 1 starts at the top and the steps go clockwise. */
const START = -Math.PI / 2;

/**
 * Where a point (in the ring's own coordinates, 0…size) falls: 'centre', the step number
 * 1…8, or null outside the ring.
 */
export function segmentAt(x: number, y: number, size: number): 'centre' | number | null {
	const radius = size / 2;
	const dx = x - radius;
	const dy = y - radius;
	const distance = Math.hypot(dx, dy);
	if (distance > radius) return null;
	if (distance <= radius * INNER_RATIO) return 'centre';
	const angle = (Math.atan2(dy, dx) - START + 4 * Math.PI) % (2 * Math.PI);
	return Math.min(STEPS, Math.floor(angle / SPAN) + 1);
}

const point = (radius: number, angle: number, centre: number) =>
	`${centre + radius * Math.cos(angle)} ${centre + radius * Math.sin(angle)}`;

/** The SVG path of step `step` (1…8): an annular sector. */
export function segmentPath(step: number, size: number): string {
	const centre = size / 2;
	const outer = size / 2;
	const inner = outer * INNER_RATIO;
	const from = START + (step - 1) * SPAN;
	const to = from + SPAN;
	return [
		`M ${point(inner, from, centre)}`,
		`L ${point(outer, from, centre)}`,
		`A ${outer} ${outer} 0 0 1 ${point(outer, to, centre)}`,
		`L ${point(inner, to, centre)}`,
		`A ${inner} ${inner} 0 0 0 ${point(inner, from, centre)}`,
		'Z'
	].join(' ');
}

/** The middle of step `step`'s sector at `share` of the way from the centre circle out. */
function segmentAnchor(step: number, size: number, share: number): { x: number; y: number } {
	const centre = size / 2;
	const inner = centre * INNER_RATIO;
	const radius = inner + (centre - inner) * share;
	const angle = START + (step - 0.5) * SPAN;
	return { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
}

/** Where a step's label is centred: halfway out. */
export const labelAnchor = (step: number, size: number) => segmentAnchor(step, size, 0.5);

/** Where a step's count badge is centred: near the rim. */
export const badgeAnchor = (step: number, size: number) => segmentAnchor(step, size, 0.9);
