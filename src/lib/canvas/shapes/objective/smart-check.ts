import type { Localized } from '../../../i18n/localized.ts';
import type { CardPropsOf } from '../card/card-definition.ts';
import type { objectiveCard } from './objective-card.ts';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface SmartVerdict {
	letter: SmartLetter;
	met: boolean;
	/** Why it is missing, in one line; null when met. */
	hint: Localized | null;
}

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
 * Checks an objective against SMART from its fields alone: each letter met or missing, with
 * a one-line hint why. `today` (yyyy-mm-dd) makes a deadline in the past fail T.
 */
export function checkSmart(fields: Fields, today = new Date().toISOString().slice(0, 10)): SmartVerdict[] {
	const has = (text: string) => text.trim().length > 0;
	const baseline = numberIn(fields.baseline);
	const target = numberIn(fields.target);
	const verdict = (letter: SmartLetter, hint: Localized | null): SmartVerdict => ({
		letter,
		met: hint === null,
		hint
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
			!has(fields.owner)
				? { nl: 'Geen eigenaar: wie zorgt dat het lukt?', en: 'No owner: who makes it happen?' }
				: null
		),
		verdict(
			'R',
			!has(fields.goal)
				? { nl: 'Niet gekoppeld aan een doel.', en: 'Not linked to a goal.' }
				: baseline !== null && target !== null && baseline > 0 && target > baseline * 10
					? {
							nl: 'Streefwaarde meer dan 10× de nulmeting: realistisch?',
							en: 'Target more than 10× the baseline: realistic?'
						}
					: null
		),
		verdict(
			'T',
			!isDate(fields.deadline)
				? { nl: 'Geen datum: niet tijdgebonden.', en: 'No date: not time-bound.' }
				: fields.deadline < today
					? { nl: 'De deadline is al voorbij.', en: 'The deadline has passed.' }
					: null
		)
	];
}
