import type { RecordProps, TLPropsMigrations } from '@tldraw/tldraw';
import type { Localized } from '$lib/templates/types.ts';
import type { CardField } from './card-field.ts';
import { CardShapeUtil, type CardShape } from './card-shape-util.tsx';
import { FieldCard } from './FieldCard.tsx';

interface FieldCardSpec<S extends CardShape> {
	type: S['type'];
	props: RecordProps<S>;
	migrations: TLPropsMigrations;
	defaultProps: () => S['props'];
	fields: CardField[];
	kind: Localized;
	/** The card's colour. */
	accent: string;
}

/** The util of a card that is only its fields in one colour: a declaration, no code of its own. */
export function fieldCardUtil<S extends CardShape>(spec: FieldCardSpec<S>) {
	return class extends CardShapeUtil<S> {
		static override type = spec.type;
		static override props = spec.props;
		static override migrations = spec.migrations;

		override getDefaultProps() {
			return spec.defaultProps();
		}

		override component(shape: S) {
			return <FieldCard shape={shape} kind={spec.kind} fields={spec.fields} accent={spec.accent} />;
		}
	};
}
