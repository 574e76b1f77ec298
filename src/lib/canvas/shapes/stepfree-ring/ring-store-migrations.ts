import {
	createMigrationIds,
	createMigrationSequence,
	type SerializedStore,
	type UnknownRecord
} from '@tldraw/tldraw';

const SEQUENCE = 'com.werkbord.stepfree-ring';

/**
 * Migrations of boards that hold a ring, across records (a ring's notes are records of their own,
 * filed under a step by where they lie). Boards live on: a change is a new number here.
 */
export const ringStoreVersions = createMigrationIds(SEQUENCE, { EightSteps: 1 });

/** The ring as boards before EightSteps drew it: nine steps from the top, clockwise. */
const OLD_STEPS = 9;
/** Where each of the nine old steps went; 2 (audience) and 3 (objectives) became one step. */
const NEW_STEP_OF_OLD = [1, 2, 2, 3, 4, 5, 6, 7, 8];
const NEW_STEPS = 8;
/** Frozen copies: a migration must not change when the ring's geometry does. */
const INNER_RATIO = 0.32;
const START = -Math.PI / 2;
const NOTE_SIZE = 200;

type ShapeRecord = UnknownRecord & {
	typeName: 'shape';
	type: string;
	parentId: string;
	x: number;
	y: number;
	props: Record<string, unknown>;
};

const isShape = (record: UnknownRecord): record is ShapeRecord => record.typeName === 'shape';

/** A shape's size as tldraw draws it: cards and the ring by their props, notes by their scale and growth. */
function sizeOf(shape: ShapeRecord): { w: number; h: number } {
	const { w, h, scale, growY } = shape.props as { w?: number; h?: number; scale?: number; growY?: number };
	if (typeof w === 'number' && typeof h === 'number') return { w, h };
	const factor = typeof scale === 'number' ? scale : 1;
	return { w: NOTE_SIZE * factor, h: (NOTE_SIZE + (typeof growY === 'number' ? growY : 0)) * factor };
}

/**
 * Moves a ring's child from its place among nine steps to the same step among eight: the same
 * distance from the centre, the same relative place within its step. The two old steps that
 * became one keep to its first and second half, so their notes stay apart.
 */
function moveToEightSteps(child: ShapeRecord, ringSize: number): void {
	const { w, h } = sizeOf(child);
	const radius = ringSize / 2;
	const dx = child.x + w / 2 - radius;
	const dy = child.y + h / 2 - radius;
	const distance = Math.hypot(dx, dy);
	if (distance > radius || distance <= radius * INNER_RATIO) return;
	const oldSpan = (2 * Math.PI) / OLD_STEPS;
	const angle = (Math.atan2(dy, dx) - START + 4 * Math.PI) % (2 * Math.PI);
	const oldIndex = Math.min(OLD_STEPS - 1, Math.floor(angle / oldSpan));
	const within = angle / oldSpan - oldIndex;
	const newStep = NEW_STEP_OF_OLD[oldIndex]!;
	const merged = NEW_STEP_OF_OLD.filter((step) => step === newStep).length;
	const part = NEW_STEP_OF_OLD.indexOf(newStep) === oldIndex ? 0 : 1;
	const newAngle = START + (newStep - 1 + (part + within) / merged) * ((2 * Math.PI) / NEW_STEPS);
	child.x = radius + distance * Math.cos(newAngle) - w / 2;
	child.y = radius + distance * Math.sin(newAngle) - h / 2;
}

export const ringStoreMigrations = createMigrationSequence({
	sequenceId: SEQUENCE,
	// Boards saved before this sequence existed need it too.
	retroactive: true,
	sequence: [
		{
			id: ringStoreVersions.EightSteps,
			scope: 'store',
			up(store: SerializedStore<UnknownRecord>) {
				const records = Object.values(store);
				for (const ring of records) {
					// The ring says how its notes are laid out, so a board migrated once is never moved
					// again (a stale tab may write an older schema back).
					if (!isShape(ring) || ring.type !== 'stepfree-ring' || ring.props.steps === NEW_STEPS) continue;
					const size = Number(ring.props.size);
					for (const child of records) {
						if (isShape(child) && child.parentId === ring.id) moveToEightSteps(child, size);
					}
					ring.props.steps = NEW_STEPS;
				}
			}
		}
	]
});
