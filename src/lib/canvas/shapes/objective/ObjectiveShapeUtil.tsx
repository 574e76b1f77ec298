import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { goalColor } from '../goal/goal-shape-props.ts';
import { objectiveShapeMigrations } from './objective-shape-migrations.ts';
import {
	objectiveDefaultProps,
	objectiveFields,
	objectiveShapeProps,
	type ObjectiveShape
} from './objective-shape-props.ts';
import { checkSmart } from './smart-check.ts';

const KIND = { nl: 'SMART-doelstelling', en: 'SMART objective' };

export class ObjectiveShapeUtil extends CardShapeUtil<ObjectiveShape> {
	static override type = 'objective' as const;
	static override props = objectiveShapeProps;
	static override migrations = objectiveShapeMigrations;

	override getDefaultProps() {
		return objectiveDefaultProps();
	}

	override component(shape: ObjectiveShape) {
		const accent = goalColor(shape.props.goal) ?? '#1864ab';
		const verdicts = checkSmart(shape.props);
		return (
			<FieldCard
				shape={shape}
				kind={KIND}
				fields={objectiveFields}
				accent={accent}
				footer={(locale) => (
					<div className="wb-smart" data-testid="smart-check">
						<div className="wb-smart-letters">
							{verdicts.map((v) => (
								<span key={v.letter} className="wb-smart-letter" data-met={v.met} title={v.hint?.[locale]}>
									{v.letter}
								</span>
							))}
						</div>
						<ul className="wb-smart-hints">
							{verdicts.flatMap((v) => (v.hint ? [<li key={v.letter}>{v.hint[locale]}</li>] : []))}
						</ul>
					</div>
				)}
			/>
		);
	}
}
