import { fieldCardUtil } from '../card/field-card-util.tsx';
import { contentItemShapeMigrations } from './content-item-shape-migrations.ts';
import {
	contentItemDefaultProps,
	contentItemFields,
	contentItemShapeProps,
	type ContentItemShape
} from './content-item-shape-props.ts';

export const ContentItemShapeUtil = fieldCardUtil<ContentItemShape>({
	type: 'content-item',
	props: contentItemShapeProps,
	migrations: contentItemShapeMigrations,
	defaultProps: contentItemDefaultProps,
	fields: contentItemFields,
	kind: { nl: 'Contentitem', en: 'Content item' },
	accent: '#f08c00'
});
