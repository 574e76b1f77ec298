import {
	Rectangle2d,
	ShapeUtil,
	type TLPropsMigrations,
	type TLBaseShape,
	type TLResizeInfo,
	type TLShapePartial
} from '@tldraw/tldraw';
import type { ReactNode } from 'react';
import type { TemplateLocale } from '../../../i18n/localized.ts';
import type { CardDefinition, CardField, CardPropsOf } from './card-definition.ts';
import { cardProps } from './card-validators.ts';
import { FieldCard } from './FieldCard.tsx';

const MIN_WIDTH = 200;

/** What a card adds to its fields, if anything: a colour from its props, a header, a footer. */
export interface CardParts<Props> {
	accent?: (props: Props) => string;
	header?: (props: Props, locale: TemplateLocale) => ReactNode;
	footer?: (props: Props, locale: TemplateLocale) => ReactNode;
	/** Fields the header shows while the card is read (they are inputs only while it is edited). */
	inHeader?: readonly string[];
	/** While read, fields nobody filled in are left out (a profile, not a form). */
	skipEmptyWhileRead?: boolean;
}

/**
 * The shape util of a declared card: a box edited in place and resized in width (its height
 * follows its text), with its declaration's props, defaults and fields and its numbered migrations.
 */
export function cardShapeUtil<Type extends string, const Fields extends readonly CardField[]>(
	card: CardDefinition<Type, Fields>,
	migrations: TLPropsMigrations,
	parts: CardParts<CardPropsOf<Fields>> = {}
) {
	type S = TLBaseShape<Type, CardPropsOf<Fields>>;
	return class extends ShapeUtil<S> {
		static override type = card.type;
		static override props = cardProps(card);
		static override migrations = migrations;

		override getDefaultProps(): S['props'] {
			return card.defaultProps() as S['props'];
		}

		override canEdit() {
			return true;
		}

		override getGeometry(shape: S) {
			return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true });
		}

		/** Only the width follows the handles; the height follows the text. */
		override onResize(_shape: S, info: TLResizeInfo<S>): Omit<TLShapePartial<S>, 'id' | 'type'> {
			const w = Math.max(MIN_WIDTH, info.initialShape.props.w * Math.abs(info.scaleX));
			return { x: info.newPoint.x, y: info.newPoint.y, props: { w } } as Omit<
				TLShapePartial<S>,
				'id' | 'type'
			>;
		}

		override component(shape: S) {
			return (
				<FieldCard
					shape={shape}
					label={card.label}
					fields={card.fields}
					accent={parts.accent?.(shape.props) ?? card.accent}
					header={parts.header && ((locale) => parts.header!(shape.props, locale))}
					footer={parts.footer && ((locale) => parts.footer!(shape.props, locale))}
					inHeader={parts.inHeader}
					skipEmptyWhileRead={parts.skipEmptyWhileRead}
				/>
			);
		}

		override indicator(shape: S) {
			return <rect width={shape.props.w} height={shape.props.h} rx={8} ry={8} />;
		}
	};
}
