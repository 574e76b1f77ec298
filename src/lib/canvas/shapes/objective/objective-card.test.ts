import { describe, expect, it } from 'vitest';
import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { objectiveCard } from './objective-card.ts';

describeCard(objectiveCard);

describe('the objective card’s choices', () => {
	it('links a goal among the four and “other”, and names Li & Bernoff’s objectives in English', () => {
		const field = (key: string) =>
			objectiveCard.fields.find((f) => f.key === key) as {
				options: { value: string; label: { nl: string; en: string } }[];
			};
		expect(field('goal').options.map((o) => o.value)).toEqual([
			'traffic',
			'engagement',
			'findability',
			'conversion',
			'other'
		]);
		expect(field('goal').options[3]!.label.nl).toBe('Sales (conversie)');
		for (const option of field('objectiveType').options) {
			const english = option.value[0]!.toUpperCase() + option.value.slice(1);
			expect(option.label.nl.startsWith(english), option.label.nl).toBe(true);
			expect(option.label.en.startsWith(english), option.label.en).toBe(true);
		}
	});
});
