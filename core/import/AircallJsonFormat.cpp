#include "AircallJsonFormat.h"

#include "import/AircallJson.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AircallJsonFormat)
};

} // namespace

QString AircallJsonFormat::id() const
{
    return QStringLiteral("aircall-json");
}

QString AircallJsonFormat::displayName() const
{
    return Text::tr("Aircall API call list (JSON)");
}

QString AircallJsonFormat::requiredColumns() const
{
    return Text::tr("call objects with id, direction and started_at, and answered_at, "
                    "missed_call_reason or raw_digits");
}

int AircallJsonFormat::matchHeader(const QStringList &header) const
{
    for (const char16_t *key : {u"id", u"direction", u"started_at"}) {
        if (!header.contains(QStringView(key))) {
            return 0;
        }
    }
    for (const char16_t *key : {u"answered_at", u"missed_call_reason", u"raw_digits"}) {
        if (header.contains(QStringView(key))) {
            return 95; // started_at with missed_call_reason or raw_digits is Aircall's naming
        }
    }
    return 0;
}

Status AircallJsonFormat::begin(const QStringList &header, const ImportOptions &)
{
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The first call object lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

std::variant<Call, FieldProblem> AircallJsonFormat::toCall(const Record &record) const
{
    return aircallCallFromJson(record.object);
}

} // namespace callboard
