// The help text of `cli aggregate`, apart from the command so that other commands never load native DuckDB.
export const AGGREGATE_USAGE = `  npm run --silent cli -- aggregate --input 'logs/2025-*.csv' --out FILE [--granularity month|quarter|year]
       [--by province|office] [--memory 3GB] [--threads N]

  aggregate  Counts raw dossier logs (a glob of CSV files with the same header, or of Parquet files)
         in one pass of native DuckDB and writes the period file FILE (CSV, UTF-8):
           --by province (default): unit_code,period,indicator,electronic,total
             one row per unit (63 provinces, or the 34 units for periods from July 2025), period and
             indicator: what rank, report and publish read.
           --by office: unit_code,office,period,indicator,electronic,total
             the same per receiving office as the log names it (needs an office column).
         Rejected rows (malformed line, bad date, unknown province, field or channel) are counted by
         reason on stderr, with examples; then the exit code is 1. Memory stays under --memory
         (DuckDB's memory_limit; larger groups spill to a temporary folder).`;
