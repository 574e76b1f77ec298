import { defineCard } from '../card/card-definition.ts';

const LEVELS = [
	{ value: 'low', label: { nl: 'Laag', en: 'Low' } },
	{ value: 'medium', label: { nl: 'Middel', en: 'Medium' } },
	{ value: 'high', label: { nl: 'Hoog', en: 'High' } }
];

/** A risk with its likelihood, impact, owner and response (docs/models.md, plan chapter 9). */
export const riskCard = defineCard({
	type: 'risk',
	label: { nl: 'Risico', en: 'Risk' },
	accent: '#c92a2a',
	fields: [
		{ key: 'risk', label: { nl: 'Risico', en: 'Risk' }, kind: 'multiline' },
		{ key: 'likelihood', label: { nl: 'Kans', en: 'Likelihood' }, kind: 'select', options: LEVELS },
		{ key: 'impact', label: { nl: 'Impact', en: 'Impact' }, kind: 'select', options: LEVELS },
		{ key: 'owner', label: { nl: 'Eigenaar', en: 'Owner' }, kind: 'text' },
		{ key: 'response', label: { nl: 'Reactie (protocol)', en: 'Response (protocol)' }, kind: 'multiline' }
	]
});
