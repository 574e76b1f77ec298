import { describe, expect, it } from 'vitest';
import { checkSmart, numberIn } from '../../src/lib/canvas/shapes/objective/smart-check.ts';

const complete = {
	statement: 'Meer volgers op Instagram onder studenten in Utrecht',
	kpi: 'Volgers op Instagram',
	baseline: '1.200',
	target: '2.000 volgers',
	deadline: '2027-06-30',
	owner: 'Anouk',
	goal: 'engagement'
};
const TODAY = '2026-11-23';
const missing = (fields: Partial<typeof complete>) =>
	checkSmart({ ...complete, ...fields }, TODAY)
		.filter((v) => !v.met)
		.map((v) => `${v.letter}: ${v.hint!.nl}`);

describe('SMART check', () => {
	it.each([
		['a complete objective', {}, []],
		['no KPI', { kpi: '' }, ['S: Geen KPI: niet specifiek genoeg.']],
		['no statement', { statement: ' ' }, ['S: Geen doelstelling: schrijf op wat je wilt bereiken.']],
		['no number in the target', { target: 'veel meer' }, ['M: Geen getal als streefwaarde: niet meetbaar.']],
		['no baseline', { baseline: '' }, ['M: Geen nulmeting: je kunt de groei niet meten.']],
		['no owner', { owner: '' }, ['A: Geen eigenaar: wie zorgt dat het lukt?']],
		['no linked goal', { goal: '' }, ['R: Niet gekoppeld aan een doel.']],
		[
			'a target over ten times the baseline',
			{ baseline: '100', target: '5000' },
			['R: Streefwaarde meer dan 10× de nulmeting: realistisch?']
		],
		['no date', { deadline: '' }, ['T: Geen datum: niet tijdgebonden.']],
		['not a date', { deadline: 'volgend jaar' }, ['T: Geen datum: niet tijdgebonden.']],
		['a deadline in the past', { deadline: '2025-01-01' }, ['T: De deadline is al voorbij.']],
		[
			'an empty card',
			{ statement: '', kpi: '', baseline: '', target: '', deadline: '', owner: '', goal: '' },
			[
				'S: Geen doelstelling: schrijf op wat je wilt bereiken.',
				'M: Geen getal als streefwaarde: niet meetbaar.',
				'A: Geen eigenaar: wie zorgt dat het lukt?',
				'R: Niet gekoppeld aan een doel.',
				'T: Geen datum: niet tijdgebonden.'
			]
		]
	])('%s', (_case, fields, expected) => {
		expect(missing(fields)).toEqual(expected);
	});

	it('gives every hint in English too, and always the five letters in order', () => {
		const verdicts = checkSmart({ ...complete, kpi: '' }, TODAY);
		expect(verdicts.map((v) => v.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
		expect(verdicts[0]!.hint!.en).toBe('No KPI: not specific enough.');
	});

	it('reads numbers in Dutch and English notation', () => {
		expect(numberIn('1.200 volgers')).toBe(1200);
		expect(numberIn('1,200 followers')).toBe(1200);
		expect(numberIn('3,5%')).toBe(3.5);
		expect(numberIn('3.5%')).toBe(3.5);
		expect(numberIn('geen')).toBeNull();
	});
});
