#include "ColumnMapping.h"

#include "import/HeaderMap.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

struct FieldSpelling
{
    MappedField field;
    const char *name;      ///< In saved mappings.
    const char *spellings; ///< Folded header names that usually mean it, best first.
};

// The usual names of each field in PBX, dialler and spreadsheet exports, folded (lower case,
// letters and digits only) as foldHeaderName() folds a header.
constexpr FieldSpelling spellings[] = {
    {MappedField::CallId, "call_id", "callid uniqueid id callsid sid calluuid uuid recordid"},
    {MappedField::ArrivedAt,
     "arrived_at",
     "starttime callstart startedat calldate datetime calltime timestamp start date time"},
    {MappedField::ArrivalTime, "arrival_time", "time starttimeofday hour"},
    {MappedField::AnsweredAt, "answered_at", "answertime answeredat answer"},
    {MappedField::EndedAt, "ended_at", "endtime callend endedat end hangup hanguptime"},
    {MappedField::Direction, "direction", "direction calldirection type calltype inout"},
    {MappedField::Answered, "answered", "answered answeredyn isanswered"},
    {MappedField::Outcome,
     "outcome",
     "outcome status callstatus result disposition callresult hangupcause"},
    {MappedField::Wait,
     "wait_s",
     "waittime waitingtime queuetime timetoanswer speedofanswer holdtimeinqueue wait waitlength"},
    {MappedField::Ring, "ring_s", "ringtime ringing ringduration"},
    {MappedField::Talk,
     "talk_s",
     "talktime talkduration talking conversationtime billsec duration callduration "
     "servicelength"},
    {MappedField::Hold, "hold_s", "holdtime onhold hold"},
    {MappedField::AfterCallWork, "acw_s", "wrapuptime wrapup aftercallwork acw"},
    {MappedField::Agent, "agent", "agent agentname user username operator extension employee"},
    {MappedField::Queue, "queue", "queue queuename team department group skill topic"},
    {MappedField::Caller, "caller", "caller from callerid callernumber src source ani"},
    {MappedField::Callee, "callee", "callee to called callednumber dst destination dnis"},
    {MappedField::TrackingNumber, "tracking_number", "trackingnumber did dialednumber line"},
    {MappedField::Campaign, "campaign", "campaign campaignname source marketingsource"},
    {MappedField::Disposition, "disposition", "disposition wrapupcode callresult"},
    {MappedField::Resolved, "resolved", "resolved isresolved fcr"},
    {MappedField::Csat, "csat", "csat satisfaction satisfactionrating rating score"},
};

const FieldSpelling *spellingOf(MappedField field)
{
    for (const FieldSpelling &spelling : spellings) {
        if (spelling.field == field) {
            return &spelling;
        }
    }
    return nullptr;
}

/// The settings key of the mapping for files with @p header: a digest of the header, so any
/// header length fits and the same header finds the same key.
const QString settingsPrefix = QStringLiteral("column_mapping/");

QString settingsKey(const QStringList &header)
{
    const QByteArray digest =
        QCryptographicHash::hash(header.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256);
    return settingsPrefix + QString::fromLatin1(digest.toHex().left(32));
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    case DateOrder::Unknown:
        break;
    }
    return QString();
}

} // namespace

QList<MappedField> ColumnMapping::allFields()
{
    QList<MappedField> fields;
    for (const FieldSpelling &spelling : spellings) {
        fields.append(spelling.field);
    }
    return fields;
}

QString ColumnMapping::fieldName(MappedField field)
{
    return QString::fromLatin1(spellingOf(field)->name);
}

std::optional<MappedField> ColumnMapping::fieldNamed(const QString &name)
{
    for (const FieldSpelling &spelling : spellings) {
        if (name == QLatin1String(spelling.name)) {
            return spelling.field;
        }
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping mapping;
    mapping.header = header;
    QStringList folded;
    for (const QString &name : header) {
        folded.append(foldHeaderName(name));
    }
    // Each column goes to the first field that claims it, fields in the order above and each
    // field's spellings best first, so "Duration" is talk only when nothing says "talk time".
    QSet<int> taken;
    for (const FieldSpelling &spelling : spellings) {
        const QStringList candidates = QString::fromLatin1(spelling.spellings).split(u' ');
        for (const QString &candidate : candidates) {
            const int column = int(folded.indexOf(candidate));
            if (column >= 0 && !taken.contains(column)) {
                mapping.columns.insert(spelling.field, header.at(column));
                taken.insert(column);
                break;
            }
        }
    }
    // "Start Time" beside "Call Date": the arrival is the date column plus the time column.
    const QString arrival = foldHeaderName(mapping.columns.value(MappedField::ArrivedAt));
    if (arrival.contains(QLatin1String("time")) && !arrival.contains(QLatin1String("date"))
        && !mapping.columns.contains(MappedField::ArrivalTime)) {
        for (int column = 0; column < folded.size(); ++column) {
            if (folded.at(column).endsWith(QLatin1String("date")) && !taken.contains(column)) {
                mapping.columns.insert(MappedField::ArrivalTime,
                                       mapping.columns.value(MappedField::ArrivedAt));
                mapping.columns.insert(MappedField::ArrivedAt, header.at(column));
                break;
            }
        }
    }
    return mapping;
}

QString ColumnMapping::missing() const
{
    if (!columns.contains(MappedField::ArrivedAt)) {
        return Text::tr("Choose the column that holds when each call arrived.");
    }
    return QString();
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject mapped;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        mapped.insert(fieldName(it.key()), it.value());
    }
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("source"), source},
        {QStringLiteral("header"), QJsonArray::fromStringList(header)},
        {QStringLiteral("columns"), mapped},
        {QStringLiteral("direction"),
         defaultDirection == Direction::Outbound ? QStringLiteral("outbound")
                                                 : QStringLiteral("inbound")},
    };
    if (dateOrder != DateOrder::Unknown) {
        object.insert(QStringLiteral("date_order"), dateOrderName(dateOrder));
    }
    if (!timeZone.isEmpty()) {
        object.insert(QStringLiteral("time_zone"), timeZone);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Expected<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json)
{
    auto fail = [](const QString &message) { return Error{message, {}, 0, 0}; };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return fail(Text::tr("The mapping is not a JSON object: %1.")
                        .arg(parseError.error != QJsonParseError::NoError
                                 ? parseError.errorString()
                                 : Text::tr("it holds something else")));
    }
    const QJsonObject object = document.object();
    ColumnMapping mapping;
    mapping.name = object.value(QStringLiteral("name")).toString();
    mapping.source = object.value(QStringLiteral("source")).toString();
    for (const QJsonValue name : object.value(QStringLiteral("header")).toArray()) {
        mapping.header.append(name.toString());
    }
    const QJsonObject mapped = object.value(QStringLiteral("columns")).toObject();
    for (auto it = mapped.constBegin(); it != mapped.constEnd(); ++it) {
        const std::optional<MappedField> field = fieldNamed(it.key());
        if (!field) {
            QStringList known;
            for (const MappedField each : allFields()) {
                known.append(fieldName(each));
            }
            return fail(Text::tr("The mapping names an unknown field \"%1\"; known fields: %2.")
                            .arg(it.key(), known.join(QStringLiteral(", "))));
        }
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            return fail(Text::tr("The mapping's field \"%1\" needs a column name.").arg(it.key()));
        }
        mapping.columns.insert(*field, it.value().toString());
    }
    const QString order = object.value(QStringLiteral("date_order")).toString();
    if (order == QLatin1String("dmy")) {
        mapping.dateOrder = DateOrder::DayMonthYear;
    } else if (order == QLatin1String("mdy")) {
        mapping.dateOrder = DateOrder::MonthDayYear;
    } else if (order == QLatin1String("ymd")) {
        mapping.dateOrder = DateOrder::YearMonthDay;
    } else if (!order.isEmpty()) {
        return fail(
            Text::tr("The mapping's date_order is \"%1\"; use dmy, mdy or ymd.").arg(order));
    }
    mapping.timeZone = object.value(QStringLiteral("time_zone")).toString();
    const QString direction = object.value(QStringLiteral("direction")).toString();
    if (direction == QLatin1String("outbound")) {
        mapping.defaultDirection = Direction::Outbound;
    } else if (!direction.isEmpty() && direction != QLatin1String("inbound")) {
        return fail(
            Text::tr("The mapping's direction is \"%1\"; use inbound or outbound.").arg(direction));
    }
    if (const QString lacking = mapping.missing(); !lacking.isEmpty()) {
        return fail(Text::tr("The mapping is incomplete: %1").arg(lacking));
    }
    return mapping;
}

Status saveMapping(Workspace &workspace, const ColumnMapping &mapping)
{
    return workspace.setSetting(settingsKey(mapping.header), QString::fromUtf8(mapping.toJson()));
}

std::optional<ColumnMapping> savedMappingFor(const Workspace &workspace, const QStringList &header)
{
    const QString json = workspace.setting(settingsKey(header));
    if (json.isEmpty()) {
        return std::nullopt;
    }
    Expected<ColumnMapping> mapping = ColumnMapping::fromJson(json.toUtf8());
    if (!mapping) {
        return std::nullopt; // a mapping that no longer reads is as good as none
    }
    return *mapping;
}

Expected<QList<ColumnMapping>> savedMappings(const Workspace &workspace)
{
    const auto saved = workspace.settingsStartingWith(settingsPrefix);
    if (!saved) {
        return saved.error();
    }
    QList<ColumnMapping> mappings;
    for (const auto &[key, json] : *saved) {
        if (Expected<ColumnMapping> mapping = ColumnMapping::fromJson(json.toUtf8())) {
            mappings.append(std::move(*mapping));
        }
    }
    std::stable_sort(mappings.begin(),
                     mappings.end(),
                     [](const ColumnMapping &a, const ColumnMapping &b) {
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return mappings;
}

Status forgetMapping(Workspace &workspace, const QStringList &header)
{
    return workspace.removeSetting(settingsKey(header));
}

} // namespace callboard
