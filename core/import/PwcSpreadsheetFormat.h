#pragma once

#include "import/FieldParsers.h"
#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// The PwC "Call Centre Trends" spreadsheet family and the copies that circulate of it: one
/// inbound call per row with Call Id, Agent, Date, Time, Topic (or Department), Answered (Y/N),
/// Resolved, Speed of answer in seconds, AvgTalkDuration and Satisfaction rating. Header
/// spellings, column order and extra columns (Month) vary; dates come as `1-Jan-21`,
/// `01/01/2021` (day first), `31-01-2016` or ISO; unanswered rows are blank or zero-filled.
///
/// Mapping: an unanswered row is an abandon whose wait is unknown (its zeros are filler, not
/// values); Speed of answer is the wait, AvgTalkDuration the talk time of that one call,
/// Satisfaction rating a 1-5 CSAT score (0 or blank: none), Topic the queue. There is no caller
/// identity. The order of numeric dates is settled by the column (DateOrderScan); a column that
/// contradicts itself, or whose every date reads both ways, refuses the file.
class PwcSpreadsheetFormat : public RowPerCallFormat
{
public:
    enum class Role {
        CallId,
        Agent,
        Date,
        Time,
        Topic,
        Answered,
        Resolved,
        SpeedOfAnswer,
        TalkDuration,
        Rating,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    Status finishObserving() override;
    QTimeZone timeZone() const override { return m_zone; }
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;

private:
    std::variant<qint64, FieldProblem> arrivalTime(const Record &record) const;
    FieldProblem problem(Role role, const QString &message) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
    DateOrder m_dateOrder = DateOrder::Unknown;
    DateOrderScan m_dateOrderScan;
};

} // namespace callboard
