import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The illustrative CSV read independently of the app's code: every figure the page shows for the
// 2019 target (Công văn 3040: benefits rate ≥ participation rate by 31/12/2019) is recomputed here by hand.
const rows = readFileSync('data/illustrative-2019-monthly.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','))
	.map(([code, period, indicator, e, t]) => ({ code, period, indicator, e: BigInt(e), t: BigInt(t) }));
const fig = (code: string, period: string, indicator: string) => rows.find((r) => r.code === code && r.period === period && r.indicator === indicator)!;
const vi = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
// a/b rounded half away from zero, as a Vietnamese fixed-point figure with 2 decimals
function hundredths(num: bigint, den: bigint): bigint {
	const neg = num < 0n !== den < 0n;
	const n = num < 0n ? -num : num;
	const d = den < 0n ? -den : den;
	const r = (2n * n + d) / (2n * d);
	return neg ? -r : r;
}
const fixed = (h: bigint, sign = false) => {
	const abs = h < 0n ? -h : h;
	const s = abs.toString().padStart(3, '0');
	const text = `${vi(BigInt(s.slice(0, -2)))},${s.slice(-2)}`;
	return sign ? (h > 0n ? `+${text}` : h < 0n ? `−${text}` : text) : text;
};
const ceilDiv = (a: bigint, b: bigint) => (a <= 0n ? 0n : (a + b - 1n) / b);

// Projection by hand: least squares through April…September (the last 6 months), rate against month
// number, evaluated at December (x = 12); shown to 2 decimals, half-up.
function projectedHundredths(code: string): number {
	const xs = [4, 5, 6, 7, 8, 9];
	const ys = xs.map((m) => {
		const f = fig(code, `2019-0${m}`, 'benefits_e_dossiers');
		return Number(f.e) / Number(f.t);
	});
	const mx = xs.reduce((a, b) => a + b) / 6;
	const my = ys.reduce((a, b) => a + b) / 6;
	const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
	const y = Math.min(1, Math.max(0, my + slope * (12 - mx)));
	return Math.round(y * 10000);
}

function expected(code: string) {
	const b = fig(code, '2019-09', 'benefits_e_dossiers');
	const p = fig(code, '2019-09', 'participation_e_dossiers');
	// rate = e_b/t_b; target = e_p/t_p; gap = target − rate = (e_p·t_b − e_b·t_p) / (t_p·t_b)
	const gapNum = (p.e * b.t - b.e * p.t) * 10000n;
	const gapDen = p.t * b.t;
	const missing = ceilDiv(p.e * b.t, p.t) - b.e; // ceil(target × t_b) − e_b
	return {
		electronic: vi(b.e),
		total: vi(b.t),
		rate: `${fixed(hundredths(b.e * 10000n, b.t))}%`,
		target: `${fixed(hundredths(p.e * 10000n, p.t))}%`,
		gap: fixed(hundredths(gapNum, gapDen), true),
		missing: vi(missing < 0n ? 0n : missing),
		monthsLeft: '3', // September → December 2019
		needed: fixed(hundredths(gapNum, gapDen * 3n), true),
		neededDossiers: vi(ceilDiv(missing, 3n))
	};
}

test('progress page: provinces off track for the 2019 target, every figure recomputed from the CSV', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const consoleErrors: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
	});
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(e.message));

	await page.goto('/progress/');
	await expect(page.getByTestId('illustrative-banner')).toContainText('Dữ liệu minh họa');
	await expect(page.getByTestId('deadline')).toHaveText('31/12/2019');

	const table = page.locator('#off-track-table tbody tr');
	const count = await table.count();
	expect(count).toBeGreaterThan(5);
	const shown = await table.evaluateAll((trs) =>
		trs.map((tr) => ({ code: tr.getAttribute('data-code')!, status: tr.getAttribute('data-status'), cells: Array.from(tr.children).map((c) => (c.textContent ?? '').trim()) }))
	);
	for (const row of shown) {
		expect(['off_track', 'at_risk']).toContain(row.status);
		// Every listed province has figures for September 2019, so the table has no period column.
		const [, , electronic, total, rate, target, gap, missing, monthsLeft, needed, neededDossiers] = row.cells;
		expect({ electronic, total, rate, target, gap, missing, monthsLeft, needed, neededDossiers }, row.code).toEqual(expected(row.code));
		// The projection, and the status it gives under the rule: at risk when at most 5 points short.
		const projected = projectedHundredths(row.code);
		expect(row.cells[11], row.code).toBe(`${fixed(BigInt(projected))}%`);
		const p = fig(row.code, '2019-09', 'participation_e_dossiers');
		const targetH = Number(hundredths(p.e * 10000n, p.t));
		expect(row.status, row.code).toBe(projected >= targetH - 500 ? 'at_risk' : 'off_track');
	}
	// Provinces already at their participation rate in September are not listed, and every other one is.
	const met = [...new Set(rows.map((r) => r.code))].filter((code) => {
		const b = fig(code, '2019-09', 'benefits_e_dossiers');
		const p = fig(code, '2019-09', 'participation_e_dossiers');
		return b.e * p.t >= p.e * b.t;
	});
	for (const code of met) expect(shown.map((r) => r.code)).not.toContain(code);
	await expect(page.locator('#all-table tbody tr')).toHaveCount(63);
	await expect(page.locator('#all-table tbody tr[data-status="met"]')).toHaveCount(met.length);

	// The national line: sum over sum.
	const sum = (indicator: string) =>
		rows.filter((r) => r.period === '2019-09' && r.indicator === indicator).reduce((s, r) => ({ e: s.e + r.e, t: s.t + r.t }), { e: 0n, t: 0n });
	const nb = sum('benefits_e_dossiers');
	const np = sum('participation_e_dossiers');
	await expect(page.getByTestId('aggregate')).toContainText(`${fixed(hundredths(nb.e * 10000n, nb.t))}%`);
	await expect(page.getByTestId('aggregate')).toContainText(`${fixed(hundredths(np.e * 10000n, np.t))}%`);

	// Charts: the province chart has its target and deadline; small multiples for all 63; 63 dumbbells.
	await expect(page.locator('[data-testid="small-multiples"] button')).toHaveCount(63);
	await expect(page.locator('g.dumbbells g.row')).toHaveCount(63);
	await expect(page.locator('svg.trend-chart[role="group"] .target line')).toHaveCount(2);
	await expect(page.locator('svg.trend-chart[role="group"] .deadline line')).toHaveCount(2);
	await page.screenshot({ path: 'test-results/progress.png', fullPage: false });
	for (const id of ['aggregate-title', 'off-track-title', 'unit-title', 'multiples-title', 'slope-title']) {
		await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: `test-results/progress-${id}.png` });
	}

	// Keyboard: the arrow keys walk the points of the province chart.
	const first = page.locator('section[aria-labelledby="unit-title"] circle[data-point]').first();
	await first.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(':focus')).toHaveAttribute('data-point', '2019-02');

	// …and the rows of the dumbbell chart, one tab stop for the whole chart.
	await page.locator('g.dumbbells g.row').first().focus();
	const firstRow = await page.locator(':focus').getAttribute('data-point');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(':focus')).not.toHaveAttribute('data-point', firstRow!);
	await expect(page.locator('g.dumbbells g.row[tabindex="0"]')).toHaveCount(1);

	// Picking a small multiple puts the province in the link.
	const worst = shown[0].code;
	const other = shown[1].code;
	await page.locator(`[data-testid="small-multiples"] button[data-code="${other}"]`).click();
	await expect(page).toHaveURL(new RegExp(`province=${other}`));
	await expect(page.locator('#unit-title')).not.toHaveText(new RegExp(`${worst}$`));

	// Period A/B from the link: the change table compares them.
	await page.goto('/progress/?a=2019-03&b=2019-09');
	const changeRow = page.locator(`#change-table tbody tr[data-code="${worst}"] td`);
	const a = fig(worst, '2019-03', 'benefits_e_dossiers');
	const b = fig(worst, '2019-09', 'benefits_e_dossiers');
	await expect(changeRow.nth(0)).toHaveText(`${fixed(hundredths(a.e * 10000n, a.t))}%`);
	await expect(changeRow.nth(2)).toHaveText(fixed(hundredths((b.e * a.t - a.e * b.t) * 10000n, a.t * b.t), true));

	await page.screenshot({ path: 'test-results/progress-full.png', fullPage: true });
	expect(foreign).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('a target added in the page is kept in localStorage (bhxh.targets.v1) and selected', async ({ page }) => {
	await page.goto('/progress/');
	await page.getByTestId('add-target').click();
	const form = page.getByTestId('target-editor');
	await form.locator('input[name="id"]').fill('hn-90');
	await form.locator('input[name="label_vi"]').fill('Hà Nội 90%');
	await form.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await form.locator('select[name="scope"]').selectOption('province');
	await form.locator('input[name="scope_code"]').fill('01');
	await form.locator('input[name="value"]').fill('190');
	await form.locator('input[name="deadline"]').fill('2019-12-31');
	await form.locator('input[name="source"]').fill('Kế hoạch thử');
	await form.locator('button[type="submit"]').click();
	await expect(form.getByRole('alert')).toContainText('Giá trị');
	await form.locator('input[name="value"]').fill('90');
	await form.locator('button[type="submit"]').click();
	await expect(page).toHaveURL(/target=hn-90/);
	await expect(page.locator('#off-track-table tbody tr')).toHaveCount(1);
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('bhxh.targets.v1') ?? 'null'));
	expect(stored.targets[0]).toMatchObject({ id: 'hn-90', value: '90', scope_code: '01' });
	await page.reload();
	await expect(page.locator('select[name="target"]')).toHaveValue('hn-90');
});

test('every shipped target, the real single-period dataset and English open without errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	const targets = readFileSync('data/targets.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
	for (const id of targets) {
		await page.goto(`/progress/?target=${id}&lang=en`);
		await expect(page.locator('select[name="target"]')).toHaveValue(id);
		await expect(page.locator('h1')).toHaveText('Progress against targets');
	}
	// No VssID figures in the illustrative data: said plainly, no chart.
	await page.goto('/progress/?target=qd336-2023-vssid-users');
	await expect(page.getByTestId('no-target-data')).toBeVisible();
	// The real appendix: one period, no banner, no trend.
	await page.goto('/progress/?dataset=cv3040-2019&target=qd942-2025-benefits');
	await expect(page.getByTestId('illustrative-banner')).toHaveCount(0);
	await expect(page.locator('#all-table tbody tr')).toHaveCount(63);
	await expect(page.locator('#all-table tbody tr[data-code="79"] td').nth(0)).toHaveText('Đã đạt'); // HCM 99,42% ≥ 80%
	await page.goto('/progress/?target=qd942-2025-benefits&lang=en');
	await page.screenshot({ path: 'test-results/progress-en.png' });
	expect(errors).toEqual([]);
});
