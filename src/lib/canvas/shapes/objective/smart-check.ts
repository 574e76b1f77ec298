import type { Localized } from '../../../i18n/localized.ts';
import type { CardPropsOf } from '../card/card-definition.ts';
import type { objectiveCard } from './objective-card.ts';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface SmartVerdict {
	letter: SmartLetter;
	met: boolean;
	/** Why it is missing, in one line; null when met. */
	hint: Localized | null;
	/** Advice that does not fail the letter (no owner yet, the deadline has passed). */
	advice: Localized | null;
}

/**
 * Werkbord's own rule of thumb for A, not the model's: a target over ten times the baseline is
 * rarely feasible. Shown as such on the card.
 */
export const FEASIBLE_GROWTH = 10;

type Fields = Pick<
	CardPropsOf<(typeof objectiveCard)['fields']>,
	'statement' | 'kpi' | 'baseline' | 'target' | 'deadline' | 'owner' | 'goal'
>;

/** The first number in a text ("1.200 volgers", "3,5%"), Dutch or English notation. */
export function numberIn(text: string): number | null {
	const match = /-?\d[\d.,]*/.exec(text);
	if (!match) return null;
	let digits = match[0];
	// "1.200" and "1,200" are thousands; "3,5" and "3.5" decimals.
	if (/^-?\d{1,3}([.,]\d{3})+$/.test(digits)) digits = digits.replace(/[.,]/g, '');
	else digits = digits.replace(',', '.');
	const value = Number(digits);
	return Number.isFinite(value) ? value : null;
}

function isDate(text: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
}

/**
 * Checks an objective against SMART, letter by letter as the sources spell it (specifiek, meetbaar,
 * haalbaar, relevant, tijdgebonden; docs/models.md): S says what (a statement with a KPI); M has a
 * number for baseline and target; A is feasible against the baseline (the app's rule of thumb) and
 * advises an owner; R serves a goal; T has a date. A deadline in the past ends the objective: it
 * is not a failure of T. `today` is yyyy-mm-dd.
 */
export function checkSmart(fields: Fields, today = new Date().toISOString().slice(0, 10)): SmartVerdict[] {
	const has = (text: string) => text.trim().length > 0;
	const baseline = numberIn(fields.baseline);
	const target = numberIn(fields.target);
	const verdict = (
		letter: SmartLetter,
		hint: Localized | null,
		advice: Localized | null = null
	): SmartVerdict => ({
		letter,
		met: hint === null,
		hint,
		advice
	});
	return [
		verdict(
			'S',
			!has(fields.statement)
				? {
						nl: 'Geen doelstelling: schrijf op wat je wilt bereiken.',
						en: 'No objective: write down what you want to achieve.'
					}
				: !has(fields.kpi)
					? { nl: 'Geen KPI: niet specifiek genoeg.', en: 'No KPI: not specific enough.' }
					: null
		),
		verdict(
			'M',
			target === null
				? { nl: 'Geen getal als streefwaarde: niet meetbaar.', en: 'No number as target: not measurable.' }
				: baseline === null
					? {
							nl: 'Geen nulmeting: je kunt de groei niet meten.',
							en: 'No baseline: growth cannot be measured.'
						}
					: null
		),
		verdict(
			'A',
			baseline !== null && target !== null && baseline > 0 && target > baseline * FEASIBLE_GROWTH
				? {
						nl: `Streefwaarde meer dan ${FEASIBLE_GROWTH}× de nulmeting: haalbaar? (vuistregel van Werkbord)`,
						en: `Target more than ${FEASIBLE_GROWTH}× the baseline: feasible? (Werkbord’s rule of thumb)`
					}
				: null,
			has(fields.owner)
				? null
				: {
						nl: 'Advies: wijs een eigenaar aan die zorgt dat het lukt.',
						en: 'Advice: name an owner who makes it happen.'
					}
		),
		verdict(
			'R',
			has(fields.goal)
				? null
				: { nl: 'Dient geen doel: koppel een doel.', en: 'Serves no goal: link a goal.' }
		),
		verdict(
			'T',
			isDate(fields.deadline)
				? null
				: { nl: 'Geen datum: niet tijdgebonden.', en: 'No date: not time-bound.' },
			isDate(fields.deadline) && fields.deadline < today
				? {
						nl: 'Afgelopen: de deadline is voorbij, tijd om te evalueren.',
						en: 'Ended: the deadline has passed, time to evaluate.'
					}
				: null
		)
	];
}
