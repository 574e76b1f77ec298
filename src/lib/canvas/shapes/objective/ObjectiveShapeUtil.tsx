import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { goalColor } from '../goal/goal-card.ts';
import { objectiveCard } from './objective-card.ts';
import { objectiveShapeMigrations } from './objective-shape-migrations.ts';
import { checkSmart } from './smart-check.ts';

export const ObjectiveShapeUtil = cardShapeUtil(objectiveCard, objectiveShapeMigrations, {
	accent: (props) => goalColor(props.goal) ?? objectiveCard.accent,
	footer: (props, locale) => {
		const verdicts = checkSmart(props);
		return (
			<div className="wb-smart" data-testid="smart-check">
				<div className="wb-smart-letters">
					{verdicts.map((v) => (
						<span
							key={v.letter}
							className="wb-smart-letter"
							data-met={v.met}
							data-advice={v.advice !== null}
							title={(v.hint ?? v.advice)?.[locale]}
						>
							{v.letter}
						</span>
					))}
				</div>
				<ul className="wb-smart-hints">
					{verdicts.flatMap((v) => (v.hint ? [<li key={v.letter}>{v.hint[locale]}</li>] : []))}
					{verdicts.flatMap((v) =>
						v.advice
							? [
									<li key={`${v.letter}-advice`} className="wb-smart-advice">
										{v.advice[locale]}
									</li>
								]
							: []
					)}
				</ul>
			</div>
		);
	}
});
