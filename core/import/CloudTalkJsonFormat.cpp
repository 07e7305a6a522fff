#include "CloudTalkJsonFormat.h"

#include "import/CloudTalkJson.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CloudTalkJsonFormat)
};

} // namespace

QString CloudTalkJsonFormat::id() const
{
    return QStringLiteral("cloudtalk-json");
}

QString CloudTalkJsonFormat::displayName() const
{
    return Text::tr("CloudTalk API call list (JSON)");
}

QString CloudTalkJsonFormat::requiredColumns() const
{
    return Text::tr("call objects with a Cdr block, or with cdr_id and call_times");
}

int CloudTalkJsonFormat::matchHeader(const QStringList &header) const
{
    const bool callList = header.contains(u"Cdr");
    const bool callDetail = header.contains(u"cdr_id") && header.contains(u"call_times");
    return callList || callDetail ? 95 : 0; // CloudTalk's own block and key names
}

Status CloudTalkJsonFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_zone = options.timeZone.isValid() ? options.timeZone : QTimeZone::utc();
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The first call object lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

void CloudTalkJsonFormat::convert(const Record &record, ConversionSink &sink)
{
    std::variant<std::vector<Call>, FieldProblem> converted =
        cloudTalkCallsFromJson(record.object, m_zone);
    if (const auto *failure = std::get_if<FieldProblem>(&converted)) {
        sink.reject(record.line, *failure);
        return;
    }
    for (Call &leg : std::get<std::vector<Call>>(converted)) {
        sink.addCall(std::move(leg));
    }
}

} // namespace callboard
