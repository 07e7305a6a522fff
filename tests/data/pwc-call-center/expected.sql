-- Independent calculation of the Standard-profile KPIs for the PwC call-centre log.
-- Run: sqlite3 :memory: < expected.sql   (from this folder; needs only the sqlite3 shell)
-- It reads the raw CSV with the shell's own importer, so nothing of Callboard is involved.
-- Standard profile: T = 20 s, S = 5 s. Unanswered PwC rows have no wait, so none is short.
.mode csv
.import Call-Center-Dataset.csv raw
.mode line
CREATE VIEW call AS
SELECT "Agent" AS agent,
       "Date" AS raw_date,
       CAST(substr("Date", instr("Date", '-') + 5) AS INTEGER) AS yy,
       substr("Date", instr("Date", '-') + 1, 3) AS mon,
       "Answered (Y/N)" = 'Y' AS answered,
       "Resolved" = 'Y' AS resolved,
       CAST("Speed of answer in seconds" AS INTEGER) AS wait,
       -- AvgTalkDuration is h:mm:ss
       CAST(substr("AvgTalkDuration", 1, instr("AvgTalkDuration", ':') - 1) AS INTEGER) * 3600
         + CAST(substr("AvgTalkDuration", instr("AvgTalkDuration", ':') + 1, 2) AS INTEGER) * 60
         + CAST(substr("AvgTalkDuration", -2) AS INTEGER) AS talk,
       CAST("Satisfaction rating" AS INTEGER) AS rating
FROM raw;

SELECT 'all' AS scope, count(*) AS calls, sum(answered) AS answered_calls,
       sum(NOT answered) AS abandoned_calls,
       sum(answered AND wait <= 20) AS answered_within_20,
       round(1.0 * sum(answered AND wait <= 20) / count(*), 6) AS service_level,
       sum(CASE WHEN answered THEN wait END) AS wait_sum,
       round(1.0 * sum(CASE WHEN answered THEN wait END) / sum(answered), 6) AS asa,
       sum(CASE WHEN answered THEN talk END) AS talk_sum,
       round(1.0 * sum(CASE WHEN answered THEN talk END) / sum(answered), 6) AS aht,
       round(1.0 * sum(NOT answered) / count(*), 6) AS abandonment_rate,
       sum(answered AND resolved) AS resolved,
       round(1.0 * sum(answered AND resolved) / sum(answered), 6) AS resolution_rate,
       sum(answered AND rating >= 4) AS top_two,
       sum(answered AND rating BETWEEN 1 AND 5) AS ratings,
       round(1.0 * sum(answered AND rating >= 4) / sum(answered AND rating BETWEEN 1 AND 5), 6) AS csat,
       sum(CASE WHEN answered THEN rating END) AS rating_sum,
       round(1.0 * sum(CASE WHEN answered THEN rating END) / sum(answered), 6) AS csat_average
FROM call;

SELECT 'Diane, February 2021' AS scope, count(*) AS calls, sum(answered) AS answered_calls,
       sum(NOT answered) AS abandoned_calls,
       sum(answered AND wait <= 20) AS answered_within_20,
       round(1.0 * sum(answered AND wait <= 20) / count(*), 6) AS service_level,
       sum(CASE WHEN answered THEN wait END) AS wait_sum,
       round(1.0 * sum(CASE WHEN answered THEN wait END) / sum(answered), 6) AS asa,
       sum(CASE WHEN answered THEN talk END) AS talk_sum,
       round(1.0 * sum(CASE WHEN answered THEN talk END) / sum(answered), 6) AS aht,
       round(1.0 * sum(NOT answered) / count(*), 6) AS abandonment_rate,
       sum(answered AND resolved) AS resolved,
       round(1.0 * sum(answered AND resolved) / sum(answered), 6) AS resolution_rate,
       sum(answered AND rating >= 4) AS top_two,
       sum(answered AND rating BETWEEN 1 AND 5) AS ratings,
       round(1.0 * sum(answered AND rating >= 4) / sum(answered AND rating BETWEEN 1 AND 5), 6) AS csat,
       sum(CASE WHEN answered THEN rating END) AS rating_sum,
       round(1.0 * sum(CASE WHEN answered THEN rating END) / sum(answered), 6) AS csat_average
FROM call WHERE agent = 'Diane' AND mon = 'Feb' AND yy = 21;

SELECT 'February 2021' AS scope, count(*) AS calls, sum(answered) AS answered_calls,
       sum(answered AND wait <= 20) AS answered_within_20
FROM call WHERE mon = 'Feb';

-- Nearest-rank median and 90th percentile of the answered waits (ceil(p * n)-th smallest):
-- n = 4054, so the 2027th and the 3649th wait.
SELECT (SELECT wait FROM call WHERE answered ORDER BY wait LIMIT 1 OFFSET 2026) AS median_wait,
       (SELECT wait FROM call WHERE answered ORDER BY wait LIMIT 1 OFFSET 3648) AS p90_wait;

-- Per day: the number of days with calls, and the first day's figures.
SELECT count(DISTINCT raw_date) AS days FROM call;
SELECT count(*) AS calls_1_jan, sum(answered) AS answered_1_jan,
       sum(answered AND wait <= 20) AS within_20_1_jan
FROM call WHERE raw_date = '1-Jan-21';

-- Per agent over the whole period.
SELECT agent, count(*) AS calls, sum(answered) AS answered,
       sum(answered AND wait <= 20) AS within_20
FROM call GROUP BY agent ORDER BY agent;

-- Other shipped profiles (same data; no abandon has a wait, so abandon-based variants change
-- only the denominator). Aircall-like: SL-A, T = 20 s. Asterisk ServiceLevelPerf: SL-A, T = 60 s.
SELECT 'profiles' AS scope,
       sum(answered AND wait <= 20) AS answered_within_20,
       sum(answered AND wait <= 60) AS answered_within_60,
       sum(answered) AS answered_calls,
       round(1.0 * sum(answered AND wait <= 20) / sum(answered), 6) AS sl_a_20,
       round(1.0 * sum(answered AND wait <= 60) / sum(answered), 6) AS sl_a_60
FROM call;

-- Per month (kpis --group-by month), and the 28 days before February (--compare previous for
-- 2021-02-01..2021-02-28 compares with 2021-01-04..2021-01-31).
SELECT mon AS month, count(*) AS calls, sum(answered) AS answered_calls FROM call GROUP BY mon;
SELECT 'January 4-31' AS scope, count(*) AS calls FROM call
WHERE mon = 'Jan' AND CAST(substr(raw_date, 1, instr(raw_date, '-') - 1) AS INTEGER) >= 4;
