-- Independent calculation of the Standard-profile KPIs for the Technion bank log, January 1999.
-- Run: sqlite3 :memory: < expected.sql   (from this folder; needs only the sqlite3 shell; the
-- first-call-resolution query at the end has no index to lean on and takes about a minute)
-- Mapping (data/SOURCES.md): AGENT answered (wait = q_time), HANG with q_time > 0 abandoned
-- (wait = q_time), HANG with q_time = 0 left in the voice menu, PHANTOM left out of every KPI.
-- Standard profile: T = 20 s, S = 5 s. Days are Asia/Jerusalem days, the log's own clock, and
-- a call belongs to the day of its queue entry, else of its arrival (both on the date column's day
-- unless the time of day wrapped past midnight, which this log never does within a record).
.mode tabs
.import january.txt raw
.mode line
CREATE VIEW call AS
SELECT "vru+line" || '/' || call_id AS id, outcome, server,
       CAST(q_time AS INTEGER) AS q_time, CAST(ser_time AS INTEGER) AS ser_time,
       CAST(customer_id AS INTEGER) AS customer, date
FROM raw;

SELECT count(*) AS records, count(DISTINCT id) AS distinct_ids FROM call;

SELECT count(*) AS calls,
       sum(outcome = 'AGENT') AS answered,
       sum(outcome = 'HANG' AND q_time > 0) AS abandoned_all,
       sum(outcome = 'HANG' AND q_time > 0 AND q_time <= 5) AS short_abandons,
       sum(outcome = 'HANG' AND q_time > 5) AS abandoned,
       sum(outcome = 'HANG' AND q_time = 0) AS ivr,
       sum(outcome = 'AGENT' AND q_time <= 20) AS answered_within_20,
       sum(CASE WHEN outcome = 'AGENT' THEN q_time END) AS wait_sum,
       sum(CASE WHEN outcome = 'AGENT' THEN ser_time END) AS talk_sum,
       round(1.0 * sum(outcome = 'AGENT' AND q_time <= 20)
             / (sum(outcome = 'AGENT') + sum(outcome = 'HANG' AND q_time > 5)), 6) AS service_level,
       round(1.0 * sum(CASE WHEN outcome = 'AGENT' THEN q_time END) / sum(outcome = 'AGENT'), 6) AS asa,
       round(1.0 * sum(CASE WHEN outcome = 'AGENT' THEN ser_time END) / sum(outcome = 'AGENT'), 6) AS aht,
       round(1.0 * sum(outcome = 'HANG' AND q_time > 5)
             / (sum(outcome = 'AGENT') + sum(outcome = 'HANG' AND q_time > 5)), 6) AS abandonment_rate
FROM call WHERE outcome <> 'PHANTOM';

SELECT count(DISTINCT server) AS agents FROM call WHERE server <> 'NO_SERVER' AND outcome <> 'PHANTOM';

-- One agent over the month.
SELECT count(*) AS michal_calls, sum(q_time <= 20) AS michal_within_20,
       sum(ser_time) AS michal_talk_sum
FROM call WHERE server = 'MICHAL' AND outcome = 'AGENT';

-- First-call resolution, W = 7 days. A call's moment is its queue entry (q_start, when it
-- queued), else its arrival (vru_entry), on the record's date; in seconds since 1999-01-01 on the
-- bank's clock (January has no daylight-saving change). An answered call from an identified
-- customer is judged once 7 days have passed before the latest call of the log; it is resolved at
-- first contact when the customer made no further inbound call that was not a voice-menu hang-up
-- or a phantom within the next 7 days (the log has no resolved flag).
CREATE VIEW moment AS
SELECT "vru+line" || '/' || call_id AS id, outcome, CAST(customer_id AS INTEGER) AS customer,
       CAST(q_time AS INTEGER) AS q_time,
       (julianday('19' || substr(date, 1, 2) || '-' || substr(date, 3, 2) || '-' || substr(date, 5, 2))
        - julianday('1999-01-01')) * 86400
       + CASE WHEN CAST(q_time AS INTEGER) > 0 THEN
              CAST(substr(q_start, 1, instr(q_start, ':') - 1) AS INTEGER) * 3600
              + CAST(substr(q_start, instr(q_start, ':') + 1, 2) AS INTEGER) * 60
              + CAST(substr(q_start, -2) AS INTEGER)
         ELSE CAST(substr(vru_entry, 1, instr(vru_entry, ':') - 1) AS INTEGER) * 3600
              + CAST(substr(vru_entry, instr(vru_entry, ':') + 1, 2) AS INTEGER) * 60
              + CAST(substr(vru_entry, -2) AS INTEGER)
         END AS t
FROM raw;

SELECT sum(customer = 0) AS fcr_anonymous,
       sum(customer <> 0 AND t > (SELECT max(t) FROM moment) - 7 * 86400) AS fcr_provisional,
       sum(customer <> 0 AND t <= (SELECT max(t) FROM moment) - 7 * 86400) AS fcr_judged,
       sum(customer <> 0 AND t <= (SELECT max(t) FROM moment) - 7 * 86400
           AND NOT EXISTS (SELECT 1 FROM moment r WHERE r.customer = m.customer AND r.id <> m.id
                           AND NOT (r.outcome = 'HANG' AND r.q_time = 0)
                           AND r.outcome <> 'PHANTOM'
                           AND r.t > m.t AND r.t <= m.t + 7 * 86400)) AS fcr_resolved
FROM moment m WHERE outcome = 'AGENT';
