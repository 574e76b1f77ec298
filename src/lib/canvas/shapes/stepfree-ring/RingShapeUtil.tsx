import { Circle2d, HTMLContainer, ShapeUtil, type TLResizeInfo, type TLShape } from '@tldraw/tldraw';
import { arrangeDroppedNotes } from './arrange-dropped-notes.ts';
import { ringShapeMigrations } from './ring-shape-migrations.ts';
import { ringDefaultProps } from './ring-dimensions.ts';
import { ringShapeProps, type RingShape } from './ring-shape-props.ts';
import { RingView } from './RingView.tsx';
import './ring.css';

const MIN_SIZE = 500;

/** The StepFree ring: notes and cards dropped on it become its children, move with it and count per step. */
export class RingShapeUtil extends ShapeUtil<RingShape> {
	static override type = 'stepfree-ring' as const;
	static override props = ringShapeProps;
	static override migrations = ringShapeMigrations;

	override getDefaultProps() {
		return ringDefaultProps();
	}

	override getGeometry(shape: RingShape) {
		return new Circle2d({ radius: shape.props.size / 2, isFilled: true });
	}

	override isAspectRatioLocked() {
		return true;
	}

	override onResize(_shape: RingShape, info: TLResizeInfo<RingShape>) {
		const scale = Math.max(Math.abs(info.scaleX), Math.abs(info.scaleY));
		return {
			x: info.newPoint.x,
			y: info.newPoint.y,
			props: { size: Math.max(MIN_SIZE, info.initialShape.props.size * scale) }
		};
	}

	override canReceiveNewChildrenOfType(shape: RingShape, type: TLShape['type']) {
		return !shape.isLocked && type !== RingShapeUtil.type;
	}

	override onDragShapesIn(shape: RingShape, shapes: TLShape[]) {
		const joining = shapes.filter((s) => s.parentId !== shape.id && !this.editor.hasAncestor(shape, s.id));
		if (joining.length > 0) this.editor.reparentShapes(joining, shape.id);
	}

	override onDragShapesOut(shape: RingShape, shapes: TLShape[]) {
		const leaving = shapes.filter((s) => s.parentId === shape.id);
		if (leaving.length > 0) this.editor.reparentShapes(leaving, this.editor.getCurrentPageId());
	}

	override onDropShapesOver(shape: RingShape, shapes: TLShape[]) {
		arrangeDroppedNotes(this.editor, shape, shapes);
	}

	override component(shape: RingShape) {
		return (
			<HTMLContainer>
				<RingView shape={shape} />
			</HTMLContainer>
		);
	}

	override indicator(shape: RingShape) {
		const radius = shape.props.size / 2;
		return <circle cx={radius} cy={radius} r={radius} />;
	}
}
