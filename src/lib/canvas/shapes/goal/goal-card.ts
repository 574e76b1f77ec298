import type { Localized } from '../../../i18n/localized.ts';
import { defineCard } from '../card/card-definition.ts';

/**
 * The four big goals of social media (docs/models.md), and "other": the sources' own example objectives
 * include brand awareness, leads and retention, which fit none of the four.
 */
export const GOALS: { value: string; label: Localized; color: string }[] = [
	{ value: 'traffic', label: { nl: 'Traffic', en: 'Traffic' }, color: '#1971c2' },
	{ value: 'engagement', label: { nl: 'Engagement', en: 'Engagement' }, color: '#e8590c' },
	{ value: 'findability', label: { nl: 'Vindbaarheid', en: 'Findability' }, color: '#2f9e44' },
	{ value: 'conversion', label: { nl: 'Sales (conversie)', en: 'Sales (conversion)' }, color: '#9c36b5' },
	{
		value: 'other',
		label: {
			nl: 'Ander doel (bijv. naamsbekendheid, leads, klantbehoud)',
			en: 'Another goal (e.g. brand awareness, leads, retention)'
		},
		color: '#495057'
	}
];

/** The goals as choices of a select field. */
export const GOAL_OPTIONS = GOALS.map(({ value, label }) => ({ value, label }));

/** The colour of a goal value, undefined for '' (none chosen yet). */
export const goalColor = (goal: string): string | undefined => GOALS.find((g) => g.value === goal)?.color;

export const goalCard = defineCard({
	type: 'goal',
	label: { nl: 'Doel', en: 'Goal' },
	// Until a goal is chosen; then the goal's own colour.
	accent: '#868e96',
	fields: [
		{ key: 'goal', label: { nl: 'Doel', en: 'Goal' }, kind: 'select', options: GOAL_OPTIONS },
		{ key: 'description', label: { nl: 'Omschrijving', en: 'Description' }, kind: 'multiline' }
	]
});
