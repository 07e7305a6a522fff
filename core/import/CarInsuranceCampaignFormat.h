#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// The "Car Insurance Cold Calls" outbound campaign (a US bank selling car insurance, laid out
/// like the UCI Bank Marketing data): one row per customer, holding the campaign's last call to
/// that customer, which connected.
///
/// Mapping: each row is one outbound, answered call of the campaign "Car insurance", keyed and
/// identified by `Id` (the customer). It starts at `CallStart` and ends at `CallEnd` on the same
/// day (talk = `CallEnd` - `CallStart`; the moment the customer picked up is not given, so no
/// answer time or ring is stored). The day is `LastContactDay` + `LastContactMonth` (`jan`) with
/// no year in the file: the year comes from the import (--year) and the file is refused without
/// it. `CarInsurance` 1 is the disposition "Sale" and 0 "No sale" (the conversion), `NA` (as the
/// dataset's test half writes it) none. `Communication` (cellular, telephone) is a tag. The lead's
/// attributes stay in the raw row only: `NoOfContacts` counts all the campaign's calls to the
/// customer, most of which the file does not hold, so it makes no calls; `Outcome` is the previous
/// campaign's; age, job, balance and the like describe the customer. The file names no zone:
/// times are read in the zone the user gives, else the report zone.
///
/// Known limit: one call per customer, the last; the earlier attempts are not in the file.
class CarInsuranceCampaignFormat : public RowPerCallFormat
{
public:
    enum class Role {
        Id,
        Communication,
        LastContactDay,
        LastContactMonth,
        CallStart,
        CallEnd,
        CarInsurance,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &) override {}
    bool observesRecords() const override { return false; }
    Status finishObserving() override { return {}; }
    QTimeZone timeZone() const override { return m_zone; }
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;

private:
    FieldProblem problem(Role role, const QString &message) const;
    std::variant<QDate, FieldProblem> callDay(const Record &record) const;
    /// @p role's time of day on @p day; sets @p failure when it is no time.
    qint64
    moment(const Record &record, Role role, QDate day, std::optional<FieldProblem> &failure) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
    int m_year = 0;
};

} // namespace callboard
