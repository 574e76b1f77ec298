import { stopEventPropagation } from '@tldraw/tldraw';
import type { CardField } from '../card-definition.ts';
import { asText, type InputProps, type ViewProps } from './field-props.ts';

type SelectField = Extract<CardField, { kind: 'select' }>;

/** One of a list of choices. */
export function SelectView({ field, value, locale }: ViewProps<SelectField>) {
	const label = field.options.find((option) => option.value === value)?.label[locale];
	return (
		<div className="wb-card-value" data-field={field.key}>
			{label || '—'}
		</div>
	);
}

export function SelectInput({
	id,
	field,
	value,
	locale,
	autoFocus,
	onChange,
	onKeyDown
}: InputProps<SelectField>) {
	return (
		<select
			id={id}
			autoFocus={autoFocus}
			onKeyDown={onKeyDown}
			onPointerDown={stopEventPropagation}
			data-field={field.key}
			value={asText(value)}
			onChange={(e) => onChange(e.target.value)}
		>
			{!field.required && <option value="">—</option>}
			{field.options.map((option) => (
				<option key={option.value} value={option.value}>
					{option.label[locale]}
				</option>
			))}
		</select>
	);
}
