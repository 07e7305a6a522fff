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
        <source>callboard-cli settings --db W [--report-timezone Area/City] [--json]

Show the workspace&apos;s settings, or change its report time zone: the zone in which days and hours are taken. Changing it recomputes every call&apos;s day.</source>
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
    <name>FieldParsers</name>
    <message>
        <source>The %1 column mixes day-first dates (line %2) and month-first dates (line %3); give the order explicitly (--date-order dmy or mdy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>Cannot restore a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the previous state of a call</source>
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
        <source>Later imports (%1) changed calls that import %2 wrote; undo them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
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
    <name>RecordReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a JSON export (from a phone system&apos;s API, perhaps), which this version cannot read yet; it reads delimited text and Excel workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a call log.</source>
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
        <source>Cannot look up a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a call</source>
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
        <source>Cannot prepare to store calls</source>
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
        <source>Call logs (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Usage: callboard-cli COMMAND [options]

Commands:
  import   Import call logs into a workspace
  kpis     Print the KPIs of a period
  agents   Print the KPIs of each agent
  imports  List past imports, with the rows they rejected
  undo-import  Undo one import
  settings Show or change the workspace&apos;s settings (report time zone)

Run callboard-cli COMMAND --help for the options of a command.
</source>
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
</context>
</TS>
