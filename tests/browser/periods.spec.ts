import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Two published periods of the illustrative series: the change columns and flags are worked out here from
// the CSV alone (exact integer arithmetic, none of the app's code), then read off the page.
const DATASET = 'illustrative-2019-monthly';
const INDICATOR = 'benefits_e_dossiers';
const TARGET = 8000n; // hundredths of a percent: the overview's default target, 80%

type Counts = { e: bigint; t: bigint };
const byPeriod = new Map<string, Map<string, Counts>>();
for (const line of readFileSync(`data/${DATASET}.csv`, 'utf8').trim().split('\n').slice(1)) {
	const [code, period, indicator, e, t] = line.split(',');
	if (indicator !== INDICATOR) continue;
	const units = byPeriod.get(period) ?? new Map<string, Counts>();
	const c = units.get(code) ?? { e: 0n, t: 0n };
	units.set(code, { e: c.e + BigInt(e), t: c.t + BigInt(t) });
	byPeriod.set(period, units);
}

/** a > b as rates, exactly. */
const higher = (a: Counts, b: Counts) => a.e * b.t > b.e * a.t;
/** Competition ranks (ties shared), best first or lowest first, among units with dossiers. */
function ranks(period: string, best: boolean): Map<string, number> {
	const units = [...byPeriod.get(period)!].filter(([, c]) => c.t > 0n);
	return new Map(units.map(([code, c]) => [code, 1 + units.filter(([, o]) => (best ? higher(o, c) : higher(c, o))).length]));
}
/** rate(now) − rate(before) in hundredths of a point, rounded half away from zero: "+0,32", "−1,05", "0,00". */
function points(now: Counts, before: Counts): string {
	const num = (now.e * before.t - before.e * now.t) * 10000n;
	const den = now.t * before.t;
	const abs = (2n * (num < 0n ? -num : num) + den) / (2n * den);
	const text = `${abs / 100n},${String(abs % 100n).padStart(2, '0')}`;
	return num > 0n && abs > 0n ? `+${text}` : num < 0n && abs > 0n ? `−${text}` : text;
}
const symbol = (move: number) => (move > 0 ? `▲${move}` : move < 0 ? `▼${-move}` : '=');
const below = (c: Counts) => c.t > 0n && c.e * 10000n < TARGET * c.t;

function expected(period: string, previous: string, yearStart: string) {
	const now = byPeriod.get(period)!;
	const rankNow = ranks(period, true);
	const rankPrev = ranks(previous, true);
	const rankStart = ranks(yearStart, true);
	const lowest = ranks(period, false);
	const periods = [...byPeriod.keys()].sort();
	const lastThree = periods.slice(periods.indexOf(period) - 2, periods.indexOf(period) + 1);
	let improved = 0;
	let declined = 0;
	const rows = [...now].map(([code, c]) => {
		const prev = byPeriod.get(previous)!.get(code)!;
		const delta = points(c, prev);
		if (delta.startsWith('+')) improved++;
		if (delta.startsWith('−')) declined++;
		const move = rankPrev.get(code)! - rankNow.get(code)!;
		const flags: string[] = [];
		if (move <= -5) flags.push('Giảm ≥ 5 bậc');
		if (lastThree.length === 3 && lastThree.every((p) => below(byPeriod.get(p)!.get(code)!))) flags.push('Dưới mục tiêu 3 kỳ liền');
		if (lowest.get(code)! <= 5) flags.push('5 đơn vị thấp nhất');
		return {
			code,
			rank: String(rankNow.get(code)),
			vsPrevious: `${delta} ${symbol(move)}`,
			vsYearStart: `${points(c, byPeriod.get(yearStart)!.get(code)!)} ${symbol(rankStart.get(code)! - rankNow.get(code)!)}`,
			flags: flags.join('; ')
		};
	});
	return { improved, declined, rows };
}

async function checkChanges(page: Page, period: string, previous: string) {
	const want = expected(period, previous, '2019-01');
	const section = page.getByTestId('change-section');
	await expect(section.getByTestId('improved')).toHaveText(String(want.improved));
	await expect(section.getByTestId('declined')).toHaveText(String(want.declined));
	await expect(section).toContainText('giảm từ 5 bậc trở lên'); // the rules are stated on the page
	const seen = await section.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			code: tr.getAttribute('data-code')!,
			rank: tr.querySelector('td')!.textContent!.trim(),
			vsPrevious: tr.querySelector('[data-testid=vs-previous]')!.textContent!.trim(),
			vsYearStart: tr.querySelector('[data-testid=vs-year-start]')?.textContent!.trim() ?? '',
			flags: tr.querySelector('[data-testid=flags]')!.textContent!.trim()
		}))
	);
	const sortByCode = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));
	expect(sortByCode(seen)).toEqual(sortByCode(want.rows));
	// Some unit moved and some flag is raised, or the comparison would prove little.
	expect(want.rows.some((r) => !r.vsPrevious.endsWith('='))).toBe(true);
	expect(want.rows.some((r) => r.flags !== '')).toBe(true);
}

test('two published periods: change columns and flags as worked out from the CSV, switching period without a reload', async ({ page }) => {
	await page.goto(`/?dataset=${DATASET}&period=2019-09&indicator=${INDICATOR}`);
	await expect(page.getByTestId('shown-period')).toHaveText('Tháng 09/2019', { timeout: 90_000 });
	await expect(page.getByTestId('release-line')).toContainText('Dữ liệu minh họa');
	await checkChanges(page, '2019-09', '2019-08');

	await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
	await page.locator('select[name=period]').selectOption('2019-05');
	await expect(page.getByTestId('shown-period')).toHaveText('Tháng 05/2019', { timeout: 30_000 });
	await checkChanges(page, '2019-05', '2019-04');
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
	expect(new URL(page.url()).searchParams.get('period')).toBe('2019-05');
});

test('the latest period of the default dataset is prerendered with its release line, no engine asked for', async ({ page }) => {
	const wasm: string[] = [];
	page.on('request', (request) => {
		if (/\.wasm$|duckdb|\/history\//.test(new URL(request.url()).pathname)) wasm.push(request.url());
	});
	await page.goto('/');
	await expect(page.getByTestId('release-line')).toHaveText('Số liệu phát hành ngày 20/08/2019, bản 1');
	await expect(page.getByTestId('change-section')).toContainText('Chưa có kỳ trước để so sánh.');
	await page.waitForLoadState('networkidle');
	expect(wasm).toEqual([]);
});

test('a unit page over the published periods: its history, and an earlier period from the history file without a reload', async ({ page }) => {
	// Khánh Hòa's best-first rank in each month, worked out from the CSV.
	const history = [...byPeriod.keys()].sort().map((period) => ({ period, rank: ranks(period, true).get('56')! }));
	await page.goto(`/province/56/?dataset=${DATASET}`);
	await expect(page.getByTestId('release-line')).toContainText('Dữ liệu minh họa');
	const rows = page.getByTestId('history-table').locator('tbody tr');
	await expect(rows).toHaveCount(9);
	for (const [i, h] of [...history].reverse().entries()) await expect(rows.nth(i).locator('td').nth(1)).toHaveText(`${h.rank}/63`);
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText(`${history[8].rank}/63`);

	await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
	await page.locator('select[name=period]').selectOption('2019-05');
	await expect(rows).toHaveCount(5, { timeout: 90_000 });
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText(`${history[4].rank}/63`);
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});
