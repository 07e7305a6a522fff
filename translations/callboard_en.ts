<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AircallCsvFormat</name>
    <message>
        <source>Aircall call-history export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction, answered, missed_call_reason and duration (total) columns, and a datetime (utc) column or the local date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Yes or No, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected inbound, outbound or internal, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AircallJson</name>
    <message>
        <source>comes before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected inbound or outbound, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AircallJsonFormat</name>
    <message>
        <source>Aircall API call list (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call objects with id, direction and started_at, and answered_at, missed_call_reason or raw_digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first call object lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsteriskCdrFormat</name>
    <message>
        <source>Asterisk or FreePBX call detail records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header naming calldate (or start), duration, billsec and disposition, or, without a header, records holding a date and time, a disposition (ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION) and a channel such as SIP/105-0000001a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is neither a CDR header nor a CDR record: it lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seconds are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION or CANCEL, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsteriskCdrLayout</name>
    <message>
        <source>This looks like a header-less Asterisk CDR, but its columns cannot be told apart: %1. Add a header row naming the columns (calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, duration, billsec, disposition, uniqueid, linkedid), or write the file in Asterisk&apos;s standard cdr_csv order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds dispositions (ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds channel names such as SIP/105-0000001a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two columns before the disposition (column %1) are not whole seconds, as duration and billsec are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1, after the channel, does not hold the destination channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsteriskQueueLogFormat</name>
    <message>
        <source>Asterisk queue_log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either lines of the form epoch|callid|queue|agent|EVENT|parameters, or time (or date_time), callid, queuename, agent (or type) and event columns with data, data1 to data5, or param1 and htime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Asterisk queue_log: it needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line stops short: an event needs time, callid, queue, agent and event before its parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown queue_log event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call event %1 has no call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 seconds is longer than a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot; as seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallboardCsvFormat</name>
    <message>
        <source>Callboard call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call_id, direction, outcome and arrived_at columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has no call_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leg number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has no arrived_at time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarInsuranceCampaignFormat</name>
    <message>
        <source>Car-insurance cold-call campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id, LastContactDay, LastContactMonth, CallStart, CallEnd and CarInsurance columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign log dates its calls by day and month only (%1, %2), with no year: the campaign&apos;s year is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is no date in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 or 0, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db is required: the workspace file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 calls: %4 imported, %5 updated, %6 already stored, %7 rejected (format %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files as this format instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the files&apos; local times (default: the workspace&apos;s report time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of numeric dates: dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logs to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order takes dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; known formats: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3 profile, times in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; options start with --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent named &quot;%1&quot; in this workspace. Its agents: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4: %5 rows, %6 imported, %7 updated, %8 already stored, %9 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli import --db W [options] FILE...

Import call logs into a workspace, one transaction per file. Exits 0 when every file was imported (some rows may be rejected), 1 when any file was refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli kpis --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--agent NAME] [--json]

Print the KPIs of a period (Standard profile). Exits 1 when the workspace or the agent does not exist, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli agents --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--agent NAME] [--json]

Print the KPIs of each agent (Standard profile). Exits 1 when the workspace does not exist, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli imports --db W [--json]

List the workspace&apos;s imports, oldest first, with their counts and the first %1 rows each one rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli undo-import --db W [--json] ID

Undo import ID (see callboard-cli imports): remove the calls it added and restore those it changed. Exits 1 when it cannot, for instance because a later import changed the same calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one import by its number (see callboard-cli imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 calls it had added, restored %3 it had changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new report time zone (IANA name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --date-order dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --start-date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --year YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report intervals: %2 imported, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads: %2 imported, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals: %2 imported, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records are no calls and were skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 report intervals: %2 imported, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 %2: %3 imported, %4 updated, %5 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;= %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (answered within %1 s / offered): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a: no interval counts the calls answered within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level as the reports state it, weighted by offered calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the first row, for reports that number their days instead of dating them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of logs whose dates give only day and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files through a column mapping saved by the import wizard (for logs no built-in format knows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --format or --mapping, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-date takes a date such as 2024-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a four-digit year such as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli intervals --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--queue NAME] [--json]

Print the daily totals of the imported interval reports (daily or hourly summaries) and their service level, apart from the calls&apos; KPIs. Exits 1 when the workspace does not exist, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this queue or line (&quot;911&quot;, &quot;admin&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report intervals in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report intervals, %1 to %2, days in %3; kept apart from the calls&apos; KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 report intervals it had added, restored %2 it had changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 leads and %2 deals it had added, restored %3 leads and %4 deals it had changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli leads --db W [--json]

Print how many leads and deals the workspace holds (imported from CRM exports), how many deals are open, won and lost, and what the won ones are worth. Exits 1 when the workspace does not exist, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals: %1 (%2 open, %3 won, %4 lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (a sum of several currencies, not converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 won deals have no value and are not in the sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli settings --db W [--report-timezone Area/City] [--home-country CC] [--hash-caller-numbers on|off] [--json]

Show the workspace&apos;s settings, or change them. The report time zone is the zone in which days and hours are taken; changing it recomputes every call&apos;s day. The home country is the region in which numbers without a country code are read; changing it reads such stored numbers again. Hashing caller numbers stores caller and callee numbers only as salted hashes, those already stored too; it cannot be undone for the numbers it hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new home country (ISO 3166 region code such as GB or US; none for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: store caller and callee numbers only as salted hashes, hashing those already stored; off: store later imports&apos; numbers in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hash-caller-numbers takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;: give an ISO 3166 region code such as GB or US, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the numbers of %1 calls again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed the numbers of %1 calls already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later imports store numbers in clear; the numbers already hashed stay hashes, as a hash cannot be turned back into its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as salted hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli purge --db W --older-than N [--json]

Delete the calls older than N months: those attributed to a day (in the report time zone) before the first day of the month N months back, in one transaction. Imports that had written them can no longer be undone. Report intervals are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many whole months back to keep (1 or more), besides the current month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than takes a number of months, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged %1 calls attributed before %2 (days in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imports had written some of them and can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli mappings --db W [--json] [--add F.json | --export NAME --out F.json | --delete NAME]

List the column mappings saved in the workspace by the import wizard (each reads the files with its header), save one from a file, write one to a file for import --mapping, or delete one so that such files are refused until mapped again. Exits 1 when the workspace does not exist or no mapping has that name, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping in FILE in the workspace, for files with its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mapping called NAME to --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file --export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping called NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --add, --export and --delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export and --out go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the mapping &quot;%1&quot; for files with its %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping called &quot;%1&quot; is saved in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mappings are called &quot;%2&quot;; rename one in the import wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the mapping &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the mapping &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column mappings are saved in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source %2): %3 of its %4 columns mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callboard-cli generate --calls N --out F.csv [--seed S]

Write a realistic synthetic call log, for benchmarks and demos: a day and hour pattern, 60 agents, four queues, abandons, transfers, outbound sales calls. The same seed writes the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customer calls to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes no file names; use --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calls takes a number of calls, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudTalkJson</name>
    <message>
        <source>expected incoming, outgoing or internal, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rating from 1 to 5, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call_steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected answered or missed, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a Cdr block (the call list) nor a cdr_id (the call detail): not a CloudTalk call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudTalkJsonFormat</name>
    <message>
        <source>CloudTalk API call list (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call objects with a Cdr block, or with cdr_id and call_times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first call object lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Choose the column that holds when each call arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is not a JSON object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;; known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s field &quot;%1&quot; needs a column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s date_order is &quot;%1&quot;; use dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s direction is &quot;%1&quot;; use inbound or outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailySummaryFormat</name>
    <message>
        <source>Daily summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Index or Date column, Incoming Calls and Answered Calls columns, and an Abandoned Calls, Answer Speed or Service Level column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This daily summary numbers its days (%1) instead of dating them: the date of its first day is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a day number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already read on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls, more than the %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsCsvFormat</name>
    <message>
        <source>CRM deals export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal id, an opened (or created) column, and a won or stage column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a deals export: the header needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected yes or no, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; contradicts the won column (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal closed (%1) before it was opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal&apos;s value cannot be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1 was already read on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decc911HourlyFormat</name>
    <message>
        <source>911 centre hourly phone report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DateTime column and, for each phone line, answered-within columns (911_10, 911_15, ...), an abandoned column (911_AB) and a total (911_T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date and hour are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the hour of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not happen in %2: the clocks skipped that hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered and %2 abandoned calls do not add up to the total of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this hour was already read on line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelimitedFileReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoEventLogFormat</name>
    <message>
        <source>Contact-centre event log (process mining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceID (or Case ID), Operation (or Activity), Start Date and End Date columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether &quot;%1&quot; is an inbound or an outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldParsers</name>
    <message>
        <source>The %1 column mixes day-first dates (line %2) and month-first dates (line %3): the order must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of the %1 column read both day first and month first (line %2 is one): the order must be given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeSwitchCdrFormat</name>
    <message>
        <source>FreeSWITCH mod_cdr_csv log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header, and the default template&apos;s columns: dates in the 5th and 7th, a hangup cause such as NORMAL_CLEARING in the 10th and a uuid in the 11th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is not a mod_cdr_csv record: it lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>Cannot write the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore what an import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the previous state of a changed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 can no longer be undone: a purge removed calls it had written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later imports (%1) changed calls, intervals, leads or deals that import %2 wrote; undo them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Unknown format &quot;%1&quot;; known formats: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 rows could be read; the first problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a call log Callboard recognises: its first line, read as the header, lacks the columns of every format it knows. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a settings table (a name and a value on each row), not a call log: Callboard imports call logs, interval reports, and leads and deals exported from a CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file holds no calls Callboard recognises: the fields of its first object (%1) are not those of any format it knows. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 records is a call: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration cannot be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRecordReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON in this file is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line of the JSON Lines file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no calls: its list of calls is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds Airbyte records of the streams %1, but none of a calls stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no calls, only these events or messages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCalculator</name>
    <message>
        <source>internal calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records the source marks as not real calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered calls from an unidentified caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>provisional: answered less than %n day(s) before the latest call</source>
        <translation>
            <numerusform>provisional: answered less than %n day before the latest call</numerusform>
            <numerusform>provisional: answered less than %n days before the latest call</numerusform>
        </translation>
    </message>
    <message>
        <source>needs the caller&apos;s identity (a phone number or customer id), which these calls do not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answered call from an identified caller is old enough to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inbound call was answered or abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inbound call was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound calls not offered to an agent (voice menu, voicemail, callback, key exit, missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short abandons (waited %1 s or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered calls without a wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within %1 s / answered + abandoned (%2 profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered calls without a talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk + hold + after-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk + hold, no after-call work in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk + after-call work, no hold in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk only: no hold or after-call work in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered calls not marked either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answered call says whether it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls without a satisfaction rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call has a satisfaction rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings of 4 or 5 out of 5 / all ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>Cannot compute the KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-call resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s over %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsCsvFormat</name>
    <message>
        <source>CRM leads export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead id, a phone and a created column, and no call-log or deal columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a leads export: the header needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the created time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 was already read on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappedFormat</name>
    <message>
        <source>Call log read through a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns its mapping names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks columns the mapping &quot;%1&quot; reads: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date of the %1 column reads both day first and month first: the order must be given (or saved in the mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of the %1 column contradict each other: some can only be day first, others only month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome Callboard knows (answered, abandoned, voicemail, missed, busy, no answer, failed, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction (in, out, internal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PbxFields</name>
    <message>
        <source>The %1 column mixes day-first dates (line %2) and month-first dates (line %3): the order must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of the %1 column read both day first and month first (line %2 is one): the order must be given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PwcSpreadsheetFormat</name>
    <message>
        <source>Call-centre spreadsheet (PwC style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Y or N, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rating from 1 to 5, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Date column, an Answered (Y/N) column, and a Speed of answer or AvgTalkDuration column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSimulationFormat</name>
    <message>
        <source>Simulated call-centre queue log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, daily_caller, call_started, call_answered, call_ended, wait_length and service_length columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s number in the day is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is answered before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call ends before it is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected TRUE or FALSE, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a call log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticLog</name>
    <message>
        <source>A synthetic log needs at least one call and a valid first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the log was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnionBankFormat</name>
    <message>
        <source>Technion bank call-centre log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vru+line, call_id, date, vru_entry, q_time, outcome, ser_time and server columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected AGENT, HANG or PHANTOM, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreeCxCdrFormat</name>
    <message>
        <source>3CX call data records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header naming historyid (or callid), time-start, time-end, reason-terminated, from-no and to-no, or, without a header, records in 3CX&apos;s documented field order beginning `Call 1234`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is neither a 3CX CDR header nor a CDR record: it lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioJson</name>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected inbound, outbound-api, outbound-dial, trunking-originating or trunking-terminating, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, and so is date_created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioJsonFormat</name>
    <message>
        <source>Twilio API call list (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call objects with sid, status, direction, from, to and start_time or date_created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first call object lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent_call_sid: a leg dialled by the dialled leg %1; legs more than one step from the call are not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent_call_sid: a leg of the call %1, which is not in this file; import it with the page that holds that call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (on Debian and Ubuntu: the package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged (SQLite integrity check: %1). Restore it from a backup or re-import its logs into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer Callboard (schema version %1; this version reads up to %2). Update Callboard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the workspace to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the schema update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the report time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a workspace setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder; name a workspace file in it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open or create the workspace here (is the folder writable?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace: its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Callboard workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot normalise the stored phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;: give an ISO 3166 region code such as GB or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rewrite the stored phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the workspace to erase data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge keeps at least the current month and the one before: give 1 month or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot purge the old calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the workspace for a large import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare to store calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up a call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up an interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store an interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot open the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 in the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the worksheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell refers to shared string %1, which the workbook does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::Error</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui</name>
    <message>
        <source>Cannot write the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot: its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::DashboardWidget</name>
    <message>
        <source>Agent leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profile · times in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::ImportLogDialog</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file imported into this workspace, newest first. Select one to see the rows it rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of %1 (the first %2 of %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It added nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it added (%1) is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1? %2 What it changed is put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::ImportLogModel</name>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
import %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::ImportProblemsModel</name>
    <message>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::KpiTile</name>
    <message>
        <source>Numerator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::LeaderboardModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL</source>
        <comment>service level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>average speed of answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>average handle time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon %</source>
        <comment>abandonment rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %</source>
        <comment>resolution rate</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::MainWindow</name>
    <message>
        <source>%1 calls from %2 to %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Call Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Callboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace to begin (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callboard workspaces (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callboard workspaces (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Call Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace before importing call logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing call logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 calls added, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 rows rejected, the first: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data in the workspace; the dashboard was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 report intervals added, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 leads added, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 deals added, %3 updated, %4 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 records skipped as no calls: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logs (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with Column &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callboard does not know the layout of %1. Map its columns now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::MappingDialog</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/01/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (01/31/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first (2025/01/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a mapping saved to a file (the command line&apos;s --mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this mapping to a file, for callboard-cli import --mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived (date and time, or date) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls without a direction are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callboard does not know this file&apos;s layout. Check which column holds what; the mapping is saved in the workspace for the next file with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Callboard knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows all read as calls.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Of the first %1 rows, %2 read as calls and %3 do not; the first: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::MissingInputDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/01/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (01/31/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first (2025/01/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of the calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ui::TrendChart</name>
    <message>
        <source>Daily trend of call volume and service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the demo call log %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs from %1 to %2 (%3 profile, times in %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-centre KPI dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace in the data folder, importing LOG into it the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the dashboard to this PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, for example 1440x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display is available, so Callboard cannot open its window. It prints the KPI summary and writes a picture of the dashboard instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard needs at least %1x%2; the picture is that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme takes system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: callboard-cli COMMAND [options]

Commands:
  import   Import call logs into a workspace
  kpis     Print the KPIs of a period
  agents   Print the KPIs of each agent
  intervals  Print the daily totals of imported interval reports
  leads    Count the leads and deals imported from CRM exports
  imports  List past imports, with the rows they rejected
  undo-import  Undo one import
  settings Show or change the workspace&apos;s settings (report time zone, home country,
           hashed caller numbers)
  mappings List, export or delete the column mappings the import wizard saved
  purge    Delete the calls older than some months
  generate Write a synthetic call log for benchmarks and demos

Run callboard-cli COMMAND --help for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
