/**
 * The status of a unit against a target, by one explicit rule (also in README.md and on the page):
 *
 * 1. không có số liệu (no_data): no figure for the unit at or before the chosen period, or no target
 *    rate (a relative target whose reference rate is missing).
 * 2. đã đạt (met): the latest figure reaches the target (compared exactly).
 * 3. chậm (off_track): the deadline has been reached (no month left) and the target is not met.
 * 4. có nguy cơ (at_risk): fewer than two periods to fit a trend on.
 * 5. đúng tiến độ (on_track): the projection at the deadline reaches the target.
 * 6. có nguy cơ (at_risk): the projection falls short by at most AT_RISK_MARGIN
 *    (5 percentage points for a rate; 5% of the target for a count).
 * 7. chậm (off_track): otherwise.
 *
 * Projections and targets are compared as displayed (rates in hundredths of a percent, rounded
 * half-up), so the status can be checked by hand against the table.
 */
export type Status = 'met' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export const AT_RISK_MARGIN_HUNDREDTHS = 500;
export const AT_RISK_MARGIN_COUNT_SHARE = 0.05;

export interface StatusInput {
	hasData: boolean;
	met: boolean;
	monthsLeft: number;
	/** Projection at the deadline in the target's unit (hundredths or a count); null without a trend. */
	projected: number | null;
	/** The target in the same unit. */
	target: number;
	kind: 'rate' | 'count';
}

export function decideStatus(s: StatusInput): Status {
	if (!s.hasData) return 'no_data';
	if (s.met) return 'met';
	if (s.monthsLeft <= 0) return 'off_track';
	if (s.projected === null) return 'at_risk';
	if (s.projected >= s.target) return 'on_track';
	const margin = s.kind === 'rate' ? AT_RISK_MARGIN_HUNDREDTHS : Math.ceil(s.target * AT_RISK_MARGIN_COUNT_SHARE);
	return s.projected >= s.target - margin ? 'at_risk' : 'off_track';
}

/** Order for "worst first" lists. */
export const STATUS_ORDER: Record<Status, number> = { off_track: 0, at_risk: 1, on_track: 2, met: 3, no_data: 4 };
