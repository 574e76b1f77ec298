import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import type { Localized } from '$lib/templates/types.ts';
import { CARD_WIDTH, initialCardHeight, type CardFieldOf } from '../card/card-field.ts';

/** The four big goals of social media (domain.md §3). */
export const GOALS: { value: string; label: Localized; color: string }[] = [
	{ value: 'traffic', label: { nl: 'Traffic', en: 'Traffic' }, color: '#1971c2' },
	{ value: 'engagement', label: { nl: 'Engagement', en: 'Engagement' }, color: '#e8590c' },
	{ value: 'findability', label: { nl: 'Vindbaarheid', en: 'Findability' }, color: '#2f9e44' },
	{ value: 'conversion', label: { nl: 'Conversie', en: 'Sales/conversion' }, color: '#9c36b5' }
];

/** The goals as choices of a select field. */
export const GOAL_OPTIONS = GOALS.map(({ value, label }) => ({ value, label }));

/** The colour of a goal value, undefined for '' (none chosen yet). */
export const goalColor = (goal: string): string | undefined => GOALS.find((g) => g.value === goal)?.color;

/** A stored goal value: '' until the team picks one of the four. */
export const goalValue = T.literalEnum('', ...GOALS.map((g) => g.value));

export type GoalShape = TLBaseShape<'goal', { w: number; h: number; goal: string; description: string }>;

export const goalShapeProps: RecordProps<GoalShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	goal: goalValue,
	description: T.string
};

export const goalFields: CardFieldOf<GoalShape>[] = [
	{
		key: 'goal',
		label: { nl: 'Doel', en: 'Goal' },
		kind: 'select',
		options: GOAL_OPTIONS
	},
	{ key: 'description', label: { nl: 'Omschrijving', en: 'Description' }, kind: 'multiline' }
];

export const goalDefaultProps = (): GoalShape['props'] => ({
	w: CARD_WIDTH,
	h: initialCardHeight(goalFields),
	goal: '',
	description: ''
});
