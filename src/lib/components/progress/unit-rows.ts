import type { Target } from '$lib/data/targets';
import type { UnitProgress } from '$lib/metrics/target-progress';
import type { FigureKind, ProgressFormat, ProgressT } from './figures-format';

/** What the progress page's tables of units (off track, all units) show, and how a unit's name links and selects. */
export interface UnitRowsProps {
	rows: UnitProgress[];
	kind: FigureKind;
	target: Target;
	targetLabel: string;
	periodB: string | null;
	fmt: ProgressFormat;
	t: ProgressT;
	name: (code: string) => string;
	unitHref: (code: string) => string;
	onselect: (code: string) => void;
}
