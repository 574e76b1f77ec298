import { defineCard } from '../card/card-definition.ts';
import { GOAL_OPTIONS } from '../goal/goal-card.ts';

/**
 * Li & Bernoff's five objectives (docs/models.md), by their English names in both languages (the
 * sources give no Dutch ones), each with what it means.
 */
export const OBJECTIVE_TYPES = [
	{
		value: 'listening',
		label: {
			nl: 'Listening (onderzoek, klanten begrijpen)',
			en: 'Listening (research, understand customers)'
		}
	},
	{
		value: 'talking',
		label: { nl: 'Talking (een boodschap verspreiden)', en: 'Talking (spread a message)' }
	},
	{
		value: 'energizing',
		label: { nl: 'Energizing (fans promoten het merk)', en: 'Energizing (fans promote the brand)' }
	},
	{
		value: 'supporting',
		label: {
			nl: 'Supporting (klanten helpen elkaar, supportkosten omlaag)',
			en: 'Supporting (customers help each other, lower support costs)'
		}
	},
	{
		value: 'embracing',
		label: {
			nl: 'Embracing (klantinput in het productontwerp)',
			en: 'Embracing (customer input in product design)'
		}
	}
];

/** A SMART objective with its KPI, baseline (nulmeting), target and deadline (docs/models.md). */
export const objectiveCard = defineCard({
	type: 'objective',
	label: { nl: 'SMART-doelstelling', en: 'SMART objective' },
	// Until it is linked to a goal; then the goal's colour.
	accent: '#1864ab',
	// Room for the SMART check under the fields.
	extraHeight: 48,
	fields: [
		{ key: 'statement', label: { nl: 'Doelstelling', en: 'Objective' }, kind: 'multiline' },
		{ key: 'kpi', label: { nl: 'KPI', en: 'KPI' }, kind: 'text' },
		{ key: 'baseline', label: { nl: 'Nulmeting', en: 'Baseline' }, kind: 'number' },
		{ key: 'target', label: { nl: 'Streefwaarde', en: 'Target' }, kind: 'number' },
		// ISO date (yyyy-mm-dd), as a date input gives it.
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
	]
});
