import { stopEventPropagation } from '@tldraw/tldraw';
import type { CardField } from '../card-definition.ts';
import { pickedDay } from '../../../../i18n/picked-day.ts';
import { asText, type InputProps, type ViewProps } from './field-props.ts';

type TextField = Extract<CardField, { kind: 'text' | 'multiline' | 'number' | 'date' }>;

/** Text, multi-line text, a number (typed as text: "1.200", "12%") and a date (yyyy-mm-dd, typed in date-field.tsx). */
export function TextView({ field, value, locale }: ViewProps<TextField>) {
	const text = asText(value);
	return (
		<div className="wb-card-value" data-field={field.key}>
			{(field.kind === 'date' ? pickedDay(text, locale) : text) || '—'}
		</div>
	);
}

export function TextInput({ id, field, value, autoFocus, onChange, onKeyDown }: InputProps<TextField>) {
	const text = asText(value);
	const common = { id, autoFocus, onKeyDown, onPointerDown: stopEventPropagation, 'data-field': field.key };
	if (field.kind === 'multiline') {
		return (
			<textarea
				{...common}
				rows={Math.max(2, text.split('\n').length)}
				value={text}
				onChange={(e) => onChange(e.target.value)}
			/>
		);
	}
	return (
		<input
			{...common}
			type="text"
			inputMode={field.kind === 'number' ? 'decimal' : undefined}
			value={text}
			onChange={(e) => onChange(e.target.value)}
		/>
	);
}
