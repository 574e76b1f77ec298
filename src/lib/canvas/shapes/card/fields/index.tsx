import type { CardField } from '../card-definition.ts';
import { ChecklistInput, ChecklistView } from './checklist-field.tsx';
import { DateInput } from './date-field.tsx';
import type { InputProps, ViewProps } from './field-props.ts';
import { SelectInput, SelectView } from './select-field.tsx';
import { TableInput, TableView } from './table-field.tsx';
import { TextInput, TextView } from './text-field.tsx';

/** A field as shown, or as an input while the card is edited, by its kind. */
export function FieldView(props: ViewProps) {
	const { field } = props;
	switch (field.kind) {
		case 'select':
			return <SelectView {...props} field={field} />;
		case 'checklist':
			return <ChecklistView {...props} field={field} />;
		case 'table':
			return <TableView {...props} field={field} />;
		default:
			return <TextView {...props} field={field} />;
	}
}

export function FieldInput(props: InputProps) {
	const field: CardField = props.field;
	switch (field.kind) {
		case 'select':
			return <SelectInput {...props} field={field} />;
		case 'checklist':
			return <ChecklistInput {...props} field={field} />;
		case 'table':
			return <TableInput {...props} field={field} />;
		case 'date':
			return <DateInput {...props} field={field} />;
		default:
			return <TextInput {...props} field={field} />;
	}
}
