import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { contentItemShapeMigrations } from './content-item-shape-migrations.ts';
import {
	contentItemDefaultProps,
	contentItemFields,
	contentItemShapeProps,
	type ContentItemShape
} from './content-item-shape-props.ts';

const KIND = { nl: 'Contentitem', en: 'Content item' };

export class ContentItemShapeUtil extends CardShapeUtil<ContentItemShape> {
	static override type = 'content-item' as const;
	static override props = contentItemShapeProps;
	static override migrations = contentItemShapeMigrations;

	override getDefaultProps() {
		return contentItemDefaultProps();
	}

	override component(shape: ContentItemShape) {
		return <FieldCard shape={shape} kind={KIND} fields={contentItemFields} accent="#f08c00" />;
	}
}
