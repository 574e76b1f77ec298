import { stopEventPropagation } from '@tldraw/tldraw';
import type { CardField } from '../card-definition.ts';
import { asList, type InputProps, type ViewProps } from './field-props.ts';

type ChecklistField = Extract<CardField, { kind: 'checklist' }>;

/** Choices to tick, each on or off. */
export function ChecklistView({ field, value, locale }: ViewProps<ChecklistField>) {
	const ticked = new Set(asList(value));
	return (
		<ul className="wb-card-checklist" data-field={field.key}>
			{field.options.map((option) => (
				<li key={option.value} data-ticked={ticked.has(option.value)}>
					{ticked.has(option.value) ? '☑' : '☐'} {option.label[locale]}
				</li>
			))}
		</ul>
	);
}

export function ChecklistInput({
	field,
	value,
	locale,
	autoFocus,
	onChange,
	onKeyDown
}: InputProps<ChecklistField>) {
	const ticked = asList(value);
	return (
		<div className="wb-card-checklist" data-field={field.key}>
			{field.options.map((option, i) => (
				<label key={option.value}>
					<input
						type="checkbox"
						autoFocus={autoFocus && i === 0}
						checked={ticked.includes(option.value)}
						onKeyDown={onKeyDown}
						onPointerDown={stopEventPropagation}
						onChange={(e) =>
							onChange(
								e.target.checked ? [...ticked, option.value] : ticked.filter((v) => v !== option.value)
							)
						}
					/>
					{option.label[locale]}
				</label>
			))}
		</div>
	);
}
