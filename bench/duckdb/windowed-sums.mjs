// DuckDB baseline for the bulk review benchmark (docs/benchmarks.md). Two modes:
//   node windowed-sums.mjs sums --accounts A.csv --opportunities O.csv --invoices I.csv --as-of YYYY-MM-DD [--window-months 12] --out S.csv
//     per-account won and paid revenue in the window (as-of minus windowMonths, as-of], by DESIGN R1, R4, R5
//     under the default policy (time zone UTC, invoice amount Total), written as accountid,wonrevenue,paidrevenue.
//   node windowed-sums.mjs compare --review R.csv --sums S.csv [--sample 5]
//     joins crmtiering's review output with the sums; prints one JSON line (accounts, mismatches, sample).
import { DuckDBInstance } from '@duckdb/node-api';

function options(argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`expected --name value pairs, got ${argv[i]}`);
    parsed[argv[i].slice(2)] = argv[i + 1];
  }
  return parsed;
}

// Paths and dates go into SQL as literals: quote them (a path may hold a quote).
const literal = (text) => `'${String(text).replaceAll("'", "''")}'`;

// Every column is read as text, as the CLI does, and converted where used: an empty field is null.
const csv = (path) => `read_csv(${literal(path)}, header = true, all_varchar = true, quote = '"', escape = '"')`;

async function sums(connection, o) {
  const asOf = `DATE ${literal(o['as-of'])}`;
  const months = Number.parseInt(o['window-months'] ?? '12', 10);
  // DuckDB clamps the day to the month's end, as .NET AddMonths does (R1).
  const start = `CAST(${asOf} - INTERVAL ${months} MONTH AS DATE)`;
  const sql = `
    COPY (
      WITH accounts AS (SELECT trim(accountid) AS accountid, row_number() OVER () AS position FROM ${csv(o.accounts)}),
      opportunities AS (
        SELECT coalesce(nullif(trim(parentaccountid), ''), nullif(trim(customerid), '')) AS accountid,
               CAST(nullif(trim(actualvalue_base), '') AS DECIMAL(18, 2)) AS amount,
               CAST(nullif(trim(actualclosedate), '') AS DATE) AS closed
        FROM ${csv(o.opportunities)} WHERE trim(statecode) = '1'),
      won AS (
        SELECT accountid, sum(amount) AS total FROM opportunities
        WHERE closed > ${start} AND closed <= ${asOf} GROUP BY accountid),
      invoices AS (
        SELECT trim(customerid) AS accountid,
               CAST(nullif(trim(totalamount_base), '') AS DECIMAL(18, 2)) AS amount,
               coalesce(CAST(nullif(left(trim(datedelivered), 10), '') AS DATE), CAST(nullif(left(trim(createdon), 10), '') AS DATE)) AS dated
        FROM ${csv(o.invoices)} WHERE trim(statecode) = '2'),
      paid AS (
        SELECT accountid, sum(amount) AS total FROM invoices
        WHERE dated > ${start} AND dated <= ${asOf} GROUP BY accountid)
      SELECT a.accountid, coalesce(won.total, 0) AS wonrevenue, coalesce(paid.total, 0) AS paidrevenue
      FROM accounts a LEFT JOIN won USING (accountid) LEFT JOIN paid USING (accountid)
      ORDER BY a.position
    ) TO ${literal(o.out)} (HEADER, DELIMITER ',')`;
  await connection.run(sql);
}

async function compare(connection, o) {
  const sample = Number.parseInt(o.sample ?? '5', 10);
  const joined = `
    SELECT coalesce(r.accountid, s.accountid) AS accountid,
           CAST(r.wonrevenue AS DECIMAL(18, 2)) AS review_won, CAST(s.wonrevenue AS DECIMAL(18, 2)) AS duckdb_won,
           CAST(r.paidrevenue AS DECIMAL(18, 2)) AS review_paid, CAST(s.paidrevenue AS DECIMAL(18, 2)) AS duckdb_paid
    FROM ${csv(o.review)} r FULL OUTER JOIN ${csv(o.sums)} s ON trim(r.accountid) = trim(s.accountid)`;
  await connection.run(`CREATE TABLE joined AS ${joined}`);
  const count = async (where) =>
    Number((await connection.runAndReadAll(`SELECT count(*) AS n FROM joined WHERE ${where}`)).getRowObjects()[0].n);
  const report = {
    accounts: await count('true'),
    onlyInReview: await count('duckdb_won IS NULL'),
    onlyInDuckdb: await count('review_won IS NULL'),
    wonMismatches: await count('review_won IS DISTINCT FROM duckdb_won'),
    paidMismatches: await count('review_paid IS DISTINCT FROM duckdb_paid'),
    withRevenue: await count('duckdb_won <> 0 AND duckdb_paid <> 0'),
  };
  // A reproducible sample of accounts that have both parts, shown side by side in the doc.
  const rows = await connection.runAndReadAll(
    `SELECT accountid, review_won, duckdb_won, review_paid, duckdb_paid FROM joined
     WHERE duckdb_won <> 0 AND duckdb_paid <> 0 ORDER BY hash(accountid) LIMIT ${sample}`);
  report.sample = rows.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])));
  console.log(JSON.stringify(report));
}

const [mode, ...rest] = process.argv.slice(2);
const o = options(rest);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
if (mode === 'sums') await sums(connection, o);
else if (mode === 'compare') await compare(connection, o);
else throw new Error('usage: windowed-sums.mjs sums|compare --name value ...');
