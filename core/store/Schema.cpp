#include "Schema.h"

namespace callboard::schema {

namespace {

// Version 1: calls with their derived local day and hour, agents, the import log, settings and
// targets. Times are UTC milliseconds; durations seconds (REAL, NULL when the source lacks them);
// local_day is the Julian day number in the report time zone.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE imports ("
                       " id INTEGER PRIMARY KEY,"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " format TEXT NOT NULL,"
                       " time_zone TEXT NOT NULL,"
                       " imported_at_ms INTEGER NOT NULL,"
                       " rows INTEGER NOT NULL DEFAULT 0,"
                       " imported INTEGER NOT NULL DEFAULT 0,"
                       " updated INTEGER NOT NULL DEFAULT 0,"
                       " duplicates INTEGER NOT NULL DEFAULT 0,"
                       " rejected INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE calls ("
                       " id INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " source_id TEXT NOT NULL,"
                       " leg INTEGER NOT NULL DEFAULT 0,"
                       " direction INTEGER NOT NULL,"
                       " outcome INTEGER NOT NULL,"
                       " outcome_reason TEXT,"
                       " arrived_at_ms INTEGER NOT NULL,"
                       " queue_entered_at_ms INTEGER,"
                       " answered_at_ms INTEGER,"
                       " ended_at_ms INTEGER,"
                       " attributed_at_ms INTEGER NOT NULL,"
                       " local_day INTEGER NOT NULL,"
                       " local_hour INTEGER NOT NULL,"
                       " wait_s REAL,"
                       " ring_s REAL,"
                       " talk_s REAL,"
                       " hold_s REAL,"
                       " acw_s REAL,"
                       " agent_id INTEGER REFERENCES agents(id),"
                       " queue TEXT,"
                       " caller_number TEXT,"
                       " callee_number TEXT,"
                       " customer_id TEXT,"
                       " caller_key TEXT,"
                       " resolved INTEGER,"
                       " escalated INTEGER,"
                       " transferred INTEGER,"
                       " csat_score REAL,"
                       " csat_scale INTEGER,"
                       " disposition TEXT,"
                       " tags TEXT,"
                       " raw TEXT,"
                       " content_hash INTEGER NOT NULL,"
                       " import_id INTEGER REFERENCES imports(id),"
                       " UNIQUE (source, source_id, leg))"),
        QStringLiteral("CREATE INDEX calls_by_day ON calls (local_day)"),
        QStringLiteral("CREATE INDEX calls_by_agent_day ON calls (agent_id, local_day)"),
        QStringLiteral("CREATE INDEX calls_by_caller ON calls (caller_key, attributed_at_ms)"
                       " WHERE caller_key IS NOT NULL"),
        QStringLiteral("CREATE INDEX calls_by_import ON calls (import_id)"),
    };
}

// Version 2: the import log keeps every rejected row, the state of each call an import changed
// (so the import can be undone), which import first stored each call, and undone imports.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE imports ADD COLUMN path TEXT"),
        QStringLiteral("ALTER TABLE imports ADD COLUMN undone_at_ms INTEGER"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN created_by_import INTEGER"
                       " REFERENCES imports(id)"),
        QStringLiteral("UPDATE calls SET created_by_import = import_id"),
        QStringLiteral("CREATE INDEX calls_by_creating_import ON calls (created_by_import)"),
        QStringLiteral("CREATE TABLE import_problems ("
                       " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                       " line INTEGER NOT NULL,"
                       " column_number INTEGER NOT NULL,"
                       " message TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX import_problems_by_import ON import_problems (import_id)"),
        QStringLiteral("CREATE TABLE import_changes ("
                       " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                       " call_id INTEGER NOT NULL,"
                       " previous TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX import_changes_by_import ON import_changes (import_id)"),
    };
}

// Version 3: each call's next contact from the same caller, so first-call resolution is a
// comparison instead of a search; filled for the calls already stored.
QStringList version3()
{
    QStringList steps{
        QStringLiteral("ALTER TABLE calls ADD COLUMN next_contact_at_ms INTEGER"),
    };
    steps.append(nextContactRefresh());
    return steps;
}

// Version 4: campaign attribution, recordings, and each import's header row (the calls' raw
// rows keep only the fields).
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE imports ADD COLUMN header TEXT"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN tracking_number TEXT"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN campaign TEXT"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN recording_url TEXT"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN recording_expires_at_ms INTEGER"),
    };
}

// Version 5: intervals of aggregated reports (a day or an hour of a queue), kept apart from calls
// and keyed by (source, queue, start, length); the answered-within counts of each threshold a
// report gives; their local day in the report zone, as for calls; and what each import changed in
// them, so that it can be undone. The import log counts intervals beside calls.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE intervals ("
                       " id INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " queue TEXT NOT NULL,"
                       " start_ms INTEGER NOT NULL,"
                       " length_s INTEGER NOT NULL,"
                       " local_day INTEGER NOT NULL,"
                       " local_hour INTEGER NOT NULL,"
                       " offered INTEGER,"
                       " answered INTEGER,"
                       " abandoned INTEGER,"
                       " asa_s REAL,"
                       " asa_count INTEGER,"
                       " talk_s REAL,"
                       " talk_count INTEGER,"
                       " reported_sl REAL,"
                       " reported_sl_threshold_s INTEGER,"
                       " raw TEXT,"
                       " content_hash INTEGER NOT NULL,"
                       " import_id INTEGER REFERENCES imports(id),"
                       " created_by_import INTEGER REFERENCES imports(id),"
                       " UNIQUE (source, queue, start_ms, length_s))"),
        QStringLiteral("CREATE INDEX intervals_by_day ON intervals (local_day, queue)"),
        QStringLiteral("CREATE INDEX intervals_by_import ON intervals (import_id)"),
        QStringLiteral(
            "CREATE INDEX intervals_by_creating_import ON intervals (created_by_import)"),
        QStringLiteral("CREATE TABLE interval_thresholds ("
                       " interval_id INTEGER NOT NULL REFERENCES intervals(id) ON DELETE CASCADE,"
                       " threshold_s INTEGER NOT NULL,"
                       " answered INTEGER NOT NULL,"
                       " PRIMARY KEY (interval_id, threshold_s))"),
        QStringLiteral("CREATE TABLE import_interval_changes ("
                       " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                       " interval_id INTEGER NOT NULL,"
                       " previous TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX import_interval_changes_by_import"
                       " ON import_interval_changes (import_id)"),
        QStringLiteral("ALTER TABLE imports ADD COLUMN intervals_imported INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE imports ADD COLUMN intervals_updated INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE imports ADD COLUMN intervals_duplicates INTEGER NOT NULL"
                       " DEFAULT 0"),
    };
}

// Version 6: leads and deals from CRM exports, keyed by (source, the CRM's id), each with its raw
// row, the import that last wrote it and the one that first stored it; what each import changed
// in them, so that it can be undone; and their counts in the import log. A deal names its lead by
// the CRM's lead id, not by row: a deals export may be imported before the leads it refers to.
// The indexes serve the joins lead response time and conversion will make: leads by phone, by
// creation time and by owner, deals by lead and by closing time.
QStringList version6()
{
    QStringList steps{
        QStringLiteral("CREATE TABLE leads ("
                       " id INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " lead_id TEXT NOT NULL,"
                       " phone TEXT,"
                       " created_at_ms INTEGER NOT NULL,"
                       " owner TEXT,"
                       " campaign TEXT,"
                       " status TEXT,"
                       " raw TEXT,"
                       " content_hash INTEGER NOT NULL,"
                       " import_id INTEGER REFERENCES imports(id),"
                       " created_by_import INTEGER REFERENCES imports(id),"
                       " UNIQUE (source, lead_id))"),
        QStringLiteral("CREATE INDEX leads_by_phone ON leads (phone) WHERE phone IS NOT NULL"),
        QStringLiteral("CREATE INDEX leads_by_created ON leads (created_at_ms)"),
        QStringLiteral("CREATE INDEX leads_by_owner ON leads (owner, created_at_ms)"
                       " WHERE owner IS NOT NULL"),
        QStringLiteral("CREATE TABLE deals ("
                       " id INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " deal_id TEXT NOT NULL,"
                       " lead_id TEXT,"
                       " opened_at_ms INTEGER NOT NULL,"
                       " closed_at_ms INTEGER,"
                       " won INTEGER," // 1 won, 0 lost, NULL open
                       " stage TEXT,"
                       " value REAL,"
                       " currency TEXT,"
                       " raw TEXT,"
                       " content_hash INTEGER NOT NULL,"
                       " import_id INTEGER REFERENCES imports(id),"
                       " created_by_import INTEGER REFERENCES imports(id),"
                       " UNIQUE (source, deal_id))"),
        QStringLiteral("CREATE INDEX deals_by_lead ON deals (source, lead_id)"
                       " WHERE lead_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX deals_by_closed ON deals (closed_at_ms)"),
    };
    for (const QString &table : {QStringLiteral("leads"), QStringLiteral("deals")}) {
        steps.append(QStringLiteral("CREATE INDEX %1_by_import ON %1 (import_id)").arg(table));
        steps.append(QStringLiteral("CREATE INDEX %1_by_creating_import ON %1 (created_by_import)")
                         .arg(table));
    }
    for (const QString &kind : {QStringLiteral("lead"), QStringLiteral("deal")}) {
        steps.append(QStringLiteral("CREATE TABLE import_%1_changes ("
                                    " import_id INTEGER NOT NULL REFERENCES imports(id)"
                                    " ON DELETE CASCADE,"
                                    " %1_row_id INTEGER NOT NULL,"
                                    " previous TEXT NOT NULL)")
                         .arg(kind));
        steps.append(QStringLiteral("CREATE INDEX import_%1_changes_by_import"
                                    " ON import_%1_changes (import_id)")
                         .arg(kind));
        for (const QString &count : {QStringLiteral("imported"),
                                     QStringLiteral("updated"),
                                     QStringLiteral("duplicates")}) {
            steps.append(QStringLiteral("ALTER TABLE imports ADD COLUMN %1s_%2 INTEGER NOT NULL"
                                        " DEFAULT 0")
                             .arg(kind, count));
        }
    }
    return steps;
}

// Version 7: what the source wrote for each number that was read with the workspace's home country,
// so that a new home country can read it again, and when a purge removed calls an import had
// written (such an import can no longer be undone). The numbers stored so far are as their sources
// wrote them, so they are all kept as given here; Workspace then normalises them in the same
// transaction.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE calls ADD COLUMN caller_number_given TEXT"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN callee_number_given TEXT"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN tracking_number_given TEXT"),
        QStringLiteral("UPDATE calls SET caller_number_given = caller_number,"
                       " callee_number_given = callee_number,"
                       " tracking_number_given = tracking_number"),
        QStringLiteral("ALTER TABLE imports ADD COLUMN purged_at_ms INTEGER"),
    };
}

// Version 8: the team's targets and reference values, shared by everyone who opens the file. A
// row exists only for what a team set: a KPI without one has the shipped default target, a
// reference value without one the shipped figure. A target's colour is "#RRGGBB" or NULL;
// assumed_threshold_s is the service-level threshold T a preset such as 80/20 was chosen for.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE targets ("
                       " kpi_id TEXT PRIMARY KEY,"
                       " value REAL NOT NULL,"
                       " higher_is_better INTEGER NOT NULL,"
                       " warning_band REAL NOT NULL,"
                       " colour TEXT,"
                       " assumed_threshold_s REAL)"),
        QStringLiteral("CREATE TABLE reference_values ("
                       " id TEXT PRIMARY KEY,"
                       " value REAL NOT NULL,"
                       " source TEXT)"),
    };
}

} // namespace

QStringList nextContactRefresh(NextContactScope scope)
{
    // A contact is one customer call (all its legs) that reached at least the queue: inbound,
    // from an identified caller, neither a voice-menu hang-up, still in progress nor an artefact.
    // Its time is its first leg's. Each leg of a contact then learns when its caller next made
    // contact, strictly later (integer milliseconds, so RANGE 1 FOLLOWING means "later"; the
    // other legs of the same contact share its time, so they never count).
    // Worked out per call id rather than per contact, so that the result joins the calls by
    // their rowid, and for every caller by a plain scan: reading the calls in caller order
    // through the index is several times slower, each row being fetched from the table.
    // The scratch table is emptied rather than dropped: dropping a table fails while any other
    // statement on the connection is still open.
    // A caller's next contacts depend on that caller's calls alone, so an import that touched a
    // few callers recomputes just theirs: a full pass over a million calls takes seconds.
    const bool touchedOnly = scope == NextContactScope::TouchedCallers;
    const QString callers = touchedOnly
                                ? QStringLiteral(" AND caller_key IN"
                                                 " (SELECT caller_key FROM temp.touched_callers)")
                                : QString();
    const QString scan =
        touchedOnly ? QStringLiteral("calls") : QStringLiteral("calls NOT INDEXED");
    QStringList statements{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS next_contact"
                       " (call_id INTEGER PRIMARY KEY, next_t INTEGER NOT NULL)"),
        QStringLiteral("DELETE FROM temp.next_contact"),
        QStringLiteral(
            "INSERT INTO temp.next_contact (call_id, next_t)"
            " SELECT id, next_t FROM (SELECT id,"
            " min(contact_t) OVER (PARTITION BY caller_key ORDER BY contact_t"
            " RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_t"
            " FROM (SELECT id, caller_key, min(attributed_at_ms)"
            " OVER (PARTITION BY caller_key, source, source_id) AS contact_t FROM %1"
            " WHERE caller_key IS NOT NULL AND direction = 0 AND outcome NOT IN (2, 8, 9)%2))"
            " WHERE next_t IS NOT NULL ORDER BY id")
            .arg(scan, callers),
    };
    if (scope != NextContactScope::EveryNewCall) {
        statements.append(QStringLiteral("UPDATE calls SET next_contact_at_ms = NULL"
                                         " WHERE next_contact_at_ms IS NOT NULL%1")
                              .arg(callers));
    }
    statements.append({
        QStringLiteral("UPDATE calls SET next_contact_at_ms = n.next_t FROM temp.next_contact n"
                       " WHERE n.call_id = calls.id"),
        QStringLiteral("DELETE FROM temp.next_contact"),
    });
    return statements;
}

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{version1(),
                                          version2(),
                                          version3(),
                                          version4(),
                                          version5(),
                                          version6(),
                                          version7(),
                                          version8()};
    return steps;
}

int numbersAsGivenVersion()
{
    static const int version = static_cast<int>(migrationSteps().indexOf(version7())) + 1;
    return version;
}

} // namespace callboard::schema
