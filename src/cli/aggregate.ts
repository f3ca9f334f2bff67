import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GRANULARITIES } from '../lib/data/rawlog/period';
import { aggregateLogFiles, describeEngine, engineSettings, planLogFiles, rawLogFindings, withNativeEngine } from '../lib/db/rawlog-node';
import { engineChoices, ENGINE_OPTIONS, oneOf, readOptions, UsageError } from './args';
import { loadEmbeddedFromDisk } from './files';
export { AGGREGATE_USAGE } from './aggregate-usage';

function csvCell(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function aggregate(argv: readonly string[]): Promise<number> {
	const options = readOptions(argv, ['input', 'out', 'granularity', 'by', ...ENGINE_OPTIONS]);
	const input = options.get('input');
	const out = options.get('out');
	if (!input) throw new UsageError('--input GLOB is required');
	if (!out) throw new UsageError('--out FILE is required');
	const granularity = oneOf(options, 'granularity', GRANULARITIES, 'month');
	const by = oneOf(options, 'by', ['province', 'office'] as const, 'province');
	const choices = engineChoices(options);

	return withNativeEngine(choices, async (engine) => {
		const files = (await engine.db.query<{ file: string }>({ sql: 'SELECT file FROM glob(?) ORDER BY file', params: [input] })).map((r) => r.file);
		if (files.length === 0) throw new UsageError(`no file matches ${input}`);
		const planned = await planLogFiles(engine, files, { name: input, refuse: (message) => new UsageError(message) });
		const { plan } = planned;
		if (by === 'office' && plan.columns.office === null) {
			throw new UsageError(`${files[0]} has no receiving-office column (e.g. Cơ quan tiếp nhận, Đơn vị tiếp nhận, BHXH huyện, BHXH cơ sở, Mã đơn vị); header: ${plan.preamble.header.join(' | ')}`);
		}
		const outcome = await aggregateLogFiles(engine, planned, loadEmbeddedFromDisk().reference, { fileName: files.length === 1 ? path.basename(files[0]) : input, granularity });
		if (outcome.status !== 'done') throw new Error('aggregation cancelled');
		const { summary, offices } = outcome;
		const lines =
			by === 'province'
				? ['unit_code,period,indicator,electronic,total', ...summary.dataset.observations.map((o) => [o.unitCode, o.period, o.indicator, o.electronic, o.total].map(csvCell).join(','))]
				: ['unit_code,office,period,indicator,electronic,total', ...offices.map((o) => [o.unitCode, o.office, o.period, o.indicator, o.electronic, o.total].map(csvCell).join(','))];
		writeFileSync(out, `${lines.join('\n')}\n`);
		for (const line of rawLogFindings(files.length === 1 ? files[0] : input, summary)) process.stderr.write(`${line}\n`);
		process.stderr.write(
			`${input}: ${files.length} file(s), ${summary.rowsRead} rows read = ${summary.imported} counted + ${summary.rejectedRows} rejected; ${lines.length - 1} rows written to ${out} (${describeEngine(await engineSettings(engine))})\n`
		);
		return summary.rejectedRows > 0 ? 1 : 0;
	});
}
