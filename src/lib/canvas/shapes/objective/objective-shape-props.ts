import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import type { Localized } from '$lib/templates/types.ts';
import { CARD_WIDTH, initialCardHeight, type CardFieldOf } from '../card/card-field.ts';
import { GOAL_OPTIONS, goalValue } from '../goal/goal-shape-props.ts';

/** Li & Bernoff's five objectives (domain.md §2). */
export const OBJECTIVE_TYPES: { value: string; label: Localized }[] = [
	{ value: 'listening', label: { nl: 'Luisteren', en: 'Listening' } },
	{ value: 'talking', label: { nl: 'Praten', en: 'Talking' } },
	{ value: 'energizing', label: { nl: 'Enthousiasmeren', en: 'Energizing' } },
	{ value: 'supporting', label: { nl: 'Ondersteunen', en: 'Supporting' } },
	{ value: 'embracing', label: { nl: 'Omarmen', en: 'Embracing' } }
];

export type ObjectiveShape = TLBaseShape<
	'objective',
	{
		w: number;
		h: number;
		statement: string;
		kpi: string;
		/** The nulmeting: the value measured before starting. */
		baseline: string;
		target: string;
		/** ISO date (yyyy-mm-dd), as a date input gives it. */
		deadline: string;
		owner: string;
		goal: string;
		objectiveType: string;
	}
>;

export const objectiveShapeProps: RecordProps<ObjectiveShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	statement: T.string,
	kpi: T.string,
	baseline: T.string,
	target: T.string,
	deadline: T.string,
	owner: T.string,
	goal: goalValue,
	objectiveType: T.literalEnum('', ...OBJECTIVE_TYPES.map((o) => o.value))
};

export const objectiveFields: CardFieldOf<ObjectiveShape>[] = [
	{ key: 'statement', label: { nl: 'Doelstelling', en: 'Objective' }, kind: 'multiline' },
	{ key: 'kpi', label: { nl: 'KPI', en: 'KPI' }, kind: 'text' },
	{ key: 'baseline', label: { nl: 'Nulmeting', en: 'Baseline' }, kind: 'number' },
	{ key: 'target', label: { nl: 'Streefwaarde', en: 'Target' }, kind: 'number' },
	{ key: 'deadline', label: { nl: 'Deadline', en: 'Deadline' }, kind: 'date' },
	{ key: 'owner', label: { nl: 'Eigenaar', en: 'Owner' }, kind: 'text' },
	{
		key: 'goal',
		label: { nl: 'Hoort bij doel', en: 'Linked goal' },
		kind: 'select',
		options: GOAL_OPTIONS
	},
	{
		key: 'objectiveType',
		label: { nl: 'Soort doelstelling (Li & Bernoff)', en: 'Objective type (Li & Bernoff)' },
		kind: 'select',
		options: OBJECTIVE_TYPES
	}
];

const SMART_HEIGHT = 48;

export const objectiveDefaultProps = (): ObjectiveShape['props'] => ({
	w: CARD_WIDTH,
	h: initialCardHeight(objectiveFields, SMART_HEIGHT),
	statement: '',
	kpi: '',
	baseline: '',
	target: '',
	deadline: '',
	owner: '',
	goal: '',
	objectiveType: ''
});
