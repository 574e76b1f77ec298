import { useEffect, useRef, useState } from 'react';
import { stopEventPropagation } from '@tldraw/tldraw';
import type { Localized } from '../../../../i18n/localized.ts';
import { pickedDay } from '../../../../i18n/picked-day.ts';
import {
	DAY_PATTERN,
	isoDay,
	monthGrid,
	monthTitle,
	parseTypedDay,
	typedDay,
	weekdayNames
} from '../../../../i18n/typed-day.ts';
import type { CardField } from '../card-definition.ts';
import { asText, type InputProps } from './field-props.ts';

// Text-like fields share one declaration; this input is for those of kind 'date'.
type DateField = Extract<CardField, { kind: 'text' | 'multiline' | 'number' | 'date' }>;

const WORDS = {
	pick: { nl: 'Kies een dag', en: 'Pick a day' },
	previous: { nl: 'Vorige maand', en: 'Previous month' },
	next: { nl: 'Volgende maand', en: 'Next month' },
	notADay: { nl: 'Geen dag: typ dd-mm-jjjj', en: 'Not a day: type dd/mm/yyyy' }
} satisfies Record<string, Localized>;

/** The month a calendar opens on: the stored day's, or this month. */
function startMonth(stored: string): { year: number; month: number } {
	const match = /^(\d{4})-(\d{2})/.exec(stored);
	if (match) return { year: Number(match[1]), month: Number(match[2]) };
	const now = new Date();
	return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/**
 * A day, typed as the app's language writes it (30-06-2027) or picked from a calendar in that
 * language — not the browser's own date picker, which speaks the operating system's language.
 * Stored as yyyy-mm-dd; what is not (yet) a day is not stored, and says so.
 */
export function DateInput({
	id,
	field,
	value,
	locale,
	autoFocus,
	onChange,
	onKeyDown
}: InputProps<DateField>) {
	const stored = asText(value);
	const [draft, setDraft] = useState(() => typedDay(stored, locale));
	const [calendar, setCalendar] = useState<{ year: number; month: number } | null>(null);
	const input = useRef<HTMLInputElement>(null);
	// A day stored elsewhere (a colleague, the calendar) replaces what is typed unless it says the same.
	useEffect(() => {
		setDraft((typed) => (parseTypedDay(typed) === stored ? typed : typedDay(stored, locale)));
	}, [stored, locale]);

	const invalid = draft.trim() !== '' && parseTypedDay(draft) === null;
	const type = (text: string) => {
		setDraft(text);
		const day = parseTypedDay(text);
		if (text.trim() === '') onChange('');
		else if (day !== null) onChange(day);
	};
	const common = { onKeyDown, onPointerDown: stopEventPropagation };
	const turn = (by: number) =>
		setCalendar((at) => {
			if (!at) return at;
			const index = at.year * 12 + (at.month - 1) + by;
			return { year: Math.floor(index / 12), month: (index % 12) + 1 };
		});

	return (
		<div className="wb-date-field">
			<div className="wb-date-typed">
				<input
					{...common}
					ref={input}
					id={id}
					autoFocus={autoFocus}
					data-field={field.key}
					type="text"
					inputMode="numeric"
					placeholder={DAY_PATTERN[locale]}
					aria-invalid={invalid}
					title={invalid ? WORDS.notADay[locale] : undefined}
					value={draft}
					onChange={(e) => type(e.target.value)}
				/>
				<button
					{...common}
					type="button"
					aria-label={WORDS.pick[locale]}
					aria-expanded={calendar !== null}
					onClick={() => setCalendar((open) => (open ? null : startMonth(stored)))}
				>
					<CalendarIcon />
				</button>
			</div>
			{invalid && <div className="wb-date-problem">{WORDS.notADay[locale]}</div>}
			{calendar && (
				<div
					className="wb-calendar"
					role="group"
					aria-label={monthTitle(calendar.year, calendar.month, locale)}
				>
					<div className="wb-calendar-head">
						<button {...common} type="button" aria-label={WORDS.previous[locale]} onClick={() => turn(-1)}>
							‹
						</button>
						<span>{monthTitle(calendar.year, calendar.month, locale)}</span>
						<button {...common} type="button" aria-label={WORDS.next[locale]} onClick={() => turn(1)}>
							›
						</button>
					</div>
					<div className="wb-calendar-days">
						{weekdayNames(locale).map((name) => (
							<abbr key={name}>{name}</abbr>
						))}
						{monthGrid(calendar.year, calendar.month).map((day, i) => {
							if (day === null) return <span key={`blank-${i}`} />;
							const iso = isoDay(calendar.year, calendar.month, day)!;
							return (
								<button
									{...common}
									key={iso}
									type="button"
									aria-label={pickedDay(iso, locale)}
									aria-pressed={iso === stored}
									onClick={() => {
										onChange(iso);
										setCalendar(null);
										// The keyboard stays in the card (Tab, Escape) once the calendar is gone.
										input.current?.focus();
									}}
								>
									{day}
								</button>
							);
						})}
					</div>
				</div>
			)}
		</div>
	);
}

function CalendarIcon() {
	return (
		<svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor">
			<rect x="1.5" y="3" width="13" height="11.5" rx="1.5" />
			<path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" />
		</svg>
	);
}
