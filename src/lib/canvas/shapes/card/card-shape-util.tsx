import { Rectangle2d, ShapeUtil, type TLResizeInfo, type TLShape, type TLShapePartial } from '@tldraw/tldraw';
import type { CardSize } from './card-field.ts';

export type CardShape = TLShape & { props: CardSize };

const MIN_WIDTH = 200;

/**
 * What every structured card shares: a box that is edited in place and resized in width (its
 * height follows its text). Each card's util only declares its type, props, fields and look.
 */
export abstract class CardShapeUtil<S extends CardShape> extends ShapeUtil<S> {
	override canEdit() {
		return true;
	}

	override getGeometry(shape: S) {
		return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true });
	}

	/** Only the width follows the handles; the height follows the text. */
	override onResize(_shape: S, info: TLResizeInfo<S>): Omit<TLShapePartial<S>, 'id' | 'type'> {
		const w = Math.max(MIN_WIDTH, info.initialShape.props.w * Math.abs(info.scaleX));
		return { x: info.newPoint.x, y: info.newPoint.y, props: { w } } as Omit<TLShapePartial<S>, 'id' | 'type'>;
	}

	override indicator(shape: S) {
		return <rect width={shape.props.w} height={shape.props.h} rx={8} ry={8} />;
	}
}
