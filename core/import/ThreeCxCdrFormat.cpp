#include "ThreeCxCdrFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace callboard {

namespace {

using Field = ThreeCxCdrFormat::Field;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ThreeCxCdrFormat)
};

/// 3CX's names of its CDR fields, in the order of the Field enum.
QStringList documentedFieldNames()
{
    return {
        QStringLiteral("historyid"),
        QStringLiteral("callid"),
        QStringLiteral("duration"),
        QStringLiteral("time-start"),
        QStringLiteral("time-answered"),
        QStringLiteral("time-end"),
        QStringLiteral("reason-terminated"),
        QStringLiteral("from-no"),
        QStringLiteral("to-no"),
        QStringLiteral("from-dn"),
        QStringLiteral("to-dn"),
        QStringLiteral("dial-no"),
        QStringLiteral("reason-changed"),
        QStringLiteral("final-number"),
        QStringLiteral("final-dn"),
        QStringLiteral("bill-code"),
        QStringLiteral("bill-rate"),
        QStringLiteral("bill-cost"),
        QStringLiteral("bill-name"),
        QStringLiteral("chain"),
        QStringLiteral("from-type"),
        QStringLiteral("to-type"),
        QStringLiteral("final-type"),
        QStringLiteral("from-dispname"),
        QStringLiteral("to-dispname"),
        QStringLiteral("final-dispname"),
        QStringLiteral("missed-queue-calls"),
    };
}

const QHash<QString, Field> &aliases()
{
    static const QHash<QString, Field> map = [] {
        QHash<QString, Field> byName;
        const QStringList names = documentedFieldNames();
        for (int index = 0; index < names.size(); ++index) {
            byName.insert(foldHeaderName(names.at(index)), static_cast<Field>(index));
        }
        return byName;
    }();
    return map;
}

/// A party outside the PBX: v16 types it External, v20 Line.
bool isOutside(const QString &type)
{
    return type.compare(u"External", Qt::CaseInsensitive) == 0
           || type.compare(u"Line", Qt::CaseInsensitive) == 0;
}

bool isQueue(const QString &type)
{
    return type.compare(u"Queue", Qt::CaseInsensitive) == 0;
}

bool isVoiceMenu(const QString &type)
{
    return type.compare(u"IVR", Qt::CaseInsensitive) == 0;
}

/// A party's number without 3CX's `Ext.` prefix for extensions.
QString numberOf(const QString &party)
{
    return party.startsWith(u"Ext.", Qt::CaseInsensitive) ? party.mid(4) : party;
}

/// Whether @p party (a number, or `Ext.101`) is outside the PBX, when no type says so.
bool numberIsOutside(const QString &party)
{
    if (party.startsWith(u"Ext.", Qt::CaseInsensitive)) {
        return false;
    }
    return looksLikeExternalNumber(party) || isWithheldNumber(party);
}

} // namespace

QString ThreeCxCdrFormat::id() const
{
    return QStringLiteral("3cx-cdr");
}

QString ThreeCxCdrFormat::displayName() const
{
    return Text::tr("3CX call data records");
}

QString ThreeCxCdrFormat::requiredColumns() const
{
    return Text::tr("a header naming historyid (or callid), time-start, time-end, "
                    "reason-terminated, from-no and to-no, or, without a header, records in 3CX's "
                    "documented field order beginning `Call 1234`");
}

bool ThreeCxCdrFormat::namesCdrFields(const QStringList &header)
{
    const HeaderMap<Field> fields(aliases(), header);
    for (const Field field : {Field::TimeStart,
                              Field::TimeEnd,
                              Field::ReasonTerminated,
                              Field::FromNumber,
                              Field::ToNumber}) {
        if (!fields.has(field)) {
            return false;
        }
    }
    return fields.has(Field::HistoryId) || fields.has(Field::CallId);
}

bool ThreeCxCdrFormat::looksLikeRecord(const QStringList &fields)
{
    static const QRegularExpression historyId(QStringLiteral("^Call \\d+$"));
    return fields.size() > static_cast<int>(Field::FinalType)
           && historyId.match(fields.at(static_cast<int>(Field::HistoryId)).trimmed()).hasMatch()
           && looksLikeDateTime(fields.at(static_cast<int>(Field::TimeStart)).trimmed())
           && looksLikeDateTime(fields.at(static_cast<int>(Field::TimeEnd)).trimmed());
}

int ThreeCxCdrFormat::matchHeader(const QStringList &header) const
{
    if (namesCdrFields(header)) {
        return 90; // reason-terminated and the -dn fields are 3CX's own
    }
    return looksLikeRecord(header) ? 85 : 0;
}

Status ThreeCxCdrFormat::begin(const QStringList &header, const ImportOptions &options)
{
    // 3CX writes its CDR times in UTC.
    m_zone = options.timeZone.isValid() ? options.timeZone : QTimeZone::utc();
    m_dateOrderScan = StrictDateOrderScan(options.dateOrder);
    m_dateOrder = DateOrder::Unknown;
    m_hasHeader = namesCdrFields(header);
    m_header = m_hasHeader ? header : documentedFieldNames();
    m_fields.emplace(aliases(), m_header);
    if (!m_hasHeader && !looksLikeRecord(header)) {
        return Error{Text::tr("The first line is neither a 3CX CDR header nor a CDR record: it "
                              "lacks %1.")
                         .arg(requiredColumns()),
                     {},
                     1,
                     0};
    }
    return {};
}

QString ThreeCxCdrFormat::field(const Record &record, Field field) const
{
    const QString text = m_fields->field(record, field);
    return isNullSentinel(text) ? QString() : text;
}

void ThreeCxCdrFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(field(record, Field::TimeStart), record.line);
}

Status ThreeCxCdrFormat::finishObserving()
{
    const int column = m_fields->column(Field::TimeStart);
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem ThreeCxCdrFormat::problem(Field field, const QString &message) const
{
    const int column = m_fields->column(field);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::variant<std::optional<qint64>, FieldProblem> ThreeCxCdrFormat::moment(const Record &record,
                                                                           Field field) const
{
    const QString text = this->field(record, field);
    if (text.isEmpty()) {
        return std::optional<qint64>();
    }
    const std::optional<qint64> ms = readDateTime(text, m_dateOrder, m_zone);
    if (!ms) {
        return problem(field, Text::tr("cannot read \"%1\" as a date and time").arg(text));
    }
    return ms;
}

std::variant<Call, FieldProblem> ThreeCxCdrFormat::toCall(const Record &record) const
{
    std::optional<qint64> start;
    std::optional<qint64> answered;
    std::optional<qint64> end;
    for (auto [field, target] : {std::pair{Field::TimeStart, &start},
                                 std::pair{Field::TimeAnswered, &answered},
                                 std::pair{Field::TimeEnd, &end}}) {
        auto read = moment(record, field);
        if (const auto *failure = std::get_if<FieldProblem>(&read)) {
            return *failure;
        }
        *target = std::get<std::optional<qint64>>(read);
    }
    if (!start) {
        return problem(Field::TimeStart, Text::tr("the date is missing"));
    }
    const QString durationText = field(record, Field::Duration);
    const std::optional<double> duration = parseDurationSeconds(durationText);
    if (!durationText.isEmpty() && !duration) {
        return problem(Field::Duration,
                       Text::tr("cannot read \"%1\" as a duration").arg(durationText));
    }

    const QString from = field(record, Field::FromNumber);
    const QString to = field(record, Field::ToNumber);
    const QString fromType = field(record, Field::FromType);
    const QString toType = field(record, Field::ToType);
    QString finalType = field(record, Field::FinalType);
    finalType = finalType.isEmpty() ? toType : finalType;
    const bool fromOutside = fromType.isEmpty() ? numberIsOutside(from) : isOutside(fromType);
    const bool toOutside =
        toType.isEmpty() ? numberIsOutside(to) : isOutside(toType) || isOutside(finalType);

    Call call;
    call.source = QStringLiteral("3cx");
    call.direction =
        fromOutside ? Direction::Inbound : (toOutside ? Direction::Outbound : Direction::Internal);
    call.arrivedAtMs = *start;
    call.endedAtMs = end;
    call.outcomeReason = field(record, Field::ReasonTerminated);
    const bool inbound = call.direction == Direction::Inbound;
    const bool reachedQueue =
        isQueue(toType) || isQueue(finalType) || !field(record, Field::MissedQueueCalls).isEmpty();

    if (answered && !isQueue(finalType) && !isVoiceMenu(finalType)) {
        call.outcome = Outcome::Answered;
        call.answeredAtMs = answered;
        call.ringSeconds = secondsBetween(*start, *answered);
        if (inbound) {
            call.waitSeconds = call.ringSeconds;
        }
        if (duration) {
            call.talkSeconds = duration;
        } else if (end) {
            call.talkSeconds = secondsBetween(*answered, *end);
        }
        QString finalDn = field(record, Field::FinalDn);
        finalDn = finalDn.isEmpty() ? field(record, Field::ToDn) : finalDn;
        call.agent = call.direction == Direction::Outbound ? field(record, Field::FromDn) : finalDn;
    } else if (inbound && reachedQueue) {
        call.outcome = Outcome::Abandoned;
        if (end) {
            call.waitSeconds = secondsBetween(*start, *end);
        }
    } else if (inbound && answered && isVoiceMenu(finalType)) {
        call.outcome = Outcome::Ivr;
    } else {
        call.outcome =
            call.direction == Direction::Outbound ? Outcome::NotConnected : Outcome::Missed;
    }

    if (!isWithheldNumber(from)) {
        call.callerNumber = numberOf(from);
    }
    call.calleeNumber = numberOf(to);
    if (isQueue(toType)) {
        const QString queueName = field(record, Field::ToDisplayName);
        call.queue = queueName.isEmpty() ? field(record, Field::ToDn) : queueName;
    }
    call.rawRecord = rawRecordJson(record);

    static const QRegularExpression historyNumber(QStringLiteral("^Call (\\d+)$"));
    const QString historyId = field(record, Field::HistoryId);
    const QRegularExpressionMatch match = historyNumber.match(historyId);
    call.sourceId = match.hasMatch() ? match.captured(1) : historyId;
    if (call.sourceId.isEmpty()) {
        call.sourceId = field(record, Field::CallId);
    }
    if (call.sourceId.isEmpty()) {
        call.sourceId = contentKey(record);
    }
    return call;
}

} // namespace callboard
