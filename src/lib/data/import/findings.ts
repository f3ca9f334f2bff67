import type { Locale } from '../../base/locale';
import { messageIn } from '../../i18n/t';

export type Severity = 'error' | 'warning';

export type FindingCode =
	| 'electronicExceedsTotal'
	| 'negativeCount'
	| 'nonIntegerCount'
	| 'notANumber'
	| 'missingValue'
	| 'unknownProvince'
	| 'ambiguousProvince'
	| 'codeNameMismatch'
	| 'duplicateUnit'
	| 'unknownPeriod'
	| 'unknownIndicator'
	| 'statedRateDiffers'
	| 'badStatedRate'
	| 'missingProvinces'
	| 'totalRow'
	| 'totalRowDiffers'
	| 'textRow'
	| 'repeatedHeader'
	| 'cellTooLong'
	| 'extraCells'
	| 'beyondExactIntegers'
	| 'codeEmptyNamed'
	| 'signatureBlock';

/**
 * One thing found in the input, named the way a person fixes it. `row` is the line of a text file or the
 * row of a worksheet (null for a finding about the whole period); `reason` is in English (CLI, tests);
 * describeFinding gives it in the page's language.
 */
export interface Finding {
	row: number | null;
	column: string | null;
	value: string | null;
	severity: Severity;
	code: FindingCode;
	params: Record<string, string | number>;
	reason: string;
}

export function finding(
	code: FindingCode,
	severity: Severity,
	at: { row: number | null; column: string | null; value: string | null },
	params: Record<string, string | number> = {}
): Finding {
	return { ...at, severity, code, params, reason: describeFinding({ code, params }, 'en') };
}

export function describeFinding(f: Pick<Finding, 'code' | 'params'>, locale: Locale): string {
	const p = f.params;
	const key = f.code === 'unknownProvince' && p.suggestions ? 'unknownProvinceSuggest' : f.code;
	return messageIn(locale, `finding.${key}`, p);
}
