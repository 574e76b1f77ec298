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
/** What the card says about an objective: each failed letter with its hint, then each piece of advice. */
const said = (fields: Partial<typeof complete>) => {
	const verdicts = checkSmart({ ...complete, ...fields }, TODAY);
	return [
		...verdicts.filter((v) => !v.met).map((v) => `${v.letter}: ${v.hint!.nl}`),
		...verdicts.filter((v) => v.advice).map((v) => `${v.letter} (advies): ${v.advice!.nl}`)
	];
};

describe('SMART check, letter by letter as the sources spell it', () => {
	it.each([
		['a complete objective', {}, []],
		['no KPI', { kpi: '' }, ['S: Geen KPI: niet specifiek genoeg.']],
		['no statement', { statement: ' ' }, ['S: Geen doelstelling: schrijf op wat je wilt bereiken.']],
		['no number in the target', { target: 'veel meer' }, ['M: Geen getal als streefwaarde: niet meetbaar.']],
		['no baseline', { baseline: '' }, ['M: Geen nulmeting: je kunt de groei niet meten.']],
		[
			'a target over ten times the baseline: not feasible (haalbaar), by the app’s rule of thumb',
			{ baseline: '100', target: '5000' },
			['A: Streefwaarde meer dan 10× de nulmeting: haalbaar? (vuistregel van Werkbord)']
		],
		[
			'no owner: advice, A still met',
			{ owner: '' },
			['A (advies): Advies: wijs een eigenaar aan die zorgt dat het lukt.']
		],
		['no linked goal: serves no goal (R)', { goal: '' }, ['R: Dient geen doel: koppel een doel.']],
		['a goal outside the four', { goal: 'other' }, []],
		['no date', { deadline: '' }, ['T: Geen datum: niet tijdgebonden.']],
		['not a date', { deadline: 'volgend jaar' }, ['T: Geen datum: niet tijdgebonden.']],
		[
			'a deadline in the past: ended, not failed',
			{ deadline: '2025-01-01' },
			['T (advies): Afgelopen: de deadline is voorbij, tijd om te evalueren.']
		],
		[
			'an empty card',
			{ statement: '', kpi: '', baseline: '', target: '', deadline: '', owner: '', goal: '' },
			[
				'S: Geen doelstelling: schrijf op wat je wilt bereiken.',
				'M: Geen getal als streefwaarde: niet meetbaar.',
				'R: Dient geen doel: koppel een doel.',
				'T: Geen datum: niet tijdgebonden.',
				'A (advies): Advies: wijs een eigenaar aan die zorgt dat het lukt.'
			]
		]
	])('%s', (_case, fields, expected) => {
		expect(said(fields)).toEqual(expected);
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
