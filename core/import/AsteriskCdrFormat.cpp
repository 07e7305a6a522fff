#include "AsteriskCdrFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AsteriskCdrFormat)
};

/// How many records of a header-less file its layout is decided from: enough to see every kind of
/// record a PBX writes, few enough to hold in memory whatever the file's size.
constexpr qsizetype layoutSampleSize = 2000;

/// Contexts that FreePBX and common dialplans route calls from outside into.
bool isInboundContext(const QString &context)
{
    const QString name = context.toLower();
    for (const QLatin1String prefix : {QLatin1String("from-trunk"),
                                       QLatin1String("from-pstn"),
                                       QLatin1String("from-did"),
                                       QLatin1String("ext-did"),
                                       QLatin1String("from-sip-external")}) {
        if (name.startsWith(prefix)) {
            return true;
        }
    }
    return name.contains(QLatin1String("inbound")) || name.contains(QLatin1String("incoming"));
}

/// Known limit: the CDR does not say which way a call went, so this is a heuristic. A context
/// that routes calls from outside (from-trunk, from-pstn, from-did..., ext-did, ...inbound...)
/// makes a call inbound; so does a caller outside the PBX (seven digits or more, or withheld),
/// whatever the context, as PBXs that name contexts after their trunks write. Otherwise a
/// destination outside the PBX makes it outbound (from-internal dialling out), and extension to
/// extension is internal.
Direction directionOf(const QString &context, const QString &source, const QString &destination)
{
    if (isInboundContext(context) || looksLikeExternalNumber(source) || isWithheldNumber(source)) {
        return Direction::Inbound;
    }
    return looksLikeExternalNumber(destination) ? Direction::Outbound : Direction::Internal;
}

/// The extension a channel belongs to: `SIP/105-0000001a` and `PJSIP/105-0000001a` are 105,
/// `Local/105@from-queue-00000003;1` is 105.
QString extensionOf(const QString &channel)
{
    QString resource = channel.section(u'/', 1);
    if (const qsizetype semicolon = resource.lastIndexOf(u';'); semicolon >= 0) {
        resource.truncate(semicolon);
    }
    if (const qsizetype at = resource.indexOf(u'@'); at >= 0) {
        return resource.left(at);
    }
    static const QRegularExpression channelCounter(QStringLiteral("-[0-9A-Fa-f]+$"));
    return resource.remove(channelCounter);
}

/// The number in a caller id such as `"Name" <105>`; the whole text when it has no brackets.
QString numberInCallerId(const QString &callerId)
{
    static const QRegularExpression bracketed(QStringLiteral("<([^<>]*)>"));
    const QRegularExpressionMatch match = bracketed.match(callerId);
    return match.hasMatch() ? match.captured(1).trimmed() : callerId;
}

/// The Unix seconds and counter of a uniqueid (`1690325492.2`, after a system name if set).
std::optional<std::pair<qint64, qint64>> uniqueIdParts(const QString &uniqueId)
{
    static const QRegularExpression pattern(QStringLiteral("(\\d{9,10})\\.(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(uniqueId);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::pair{match.captured(1).toLongLong(), match.captured(2).toLongLong()};
}

/// The day a uniqueid names: its channel was created then, in UTC, so the record's local start
/// falls on it give or take a day.
std::optional<QDate> dayOfUniqueId(const QString &uniqueId)
{
    const auto parts = uniqueIdParts(uniqueId);
    if (!parts) {
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(parts->first, QTimeZone::utc()).date();
}

/// Orders the records of a call that start in the same second: by uniqueid as a number (channel
/// creation, then Asterisk's counter), then by the channel dialled.
QString orderKeyOf(const QString &uniqueId, const QString &destinationChannel)
{
    const auto parts = uniqueIdParts(uniqueId);
    if (!parts) {
        return uniqueId + u'|' + destinationChannel;
    }
    return QStringLiteral("%1.%2|%3")
        .arg(parts->first, 12, 10, QChar(u'0'))
        .arg(parts->second, 10, 10, QChar(u'0'))
        .arg(destinationChannel);
}

/// One record's outcome; see the class comment. @p destinationChannel is empty when the file has
/// no dstchannel column: then an answered record cannot be told from one the PBX answered.
Outcome recordOutcome(const QString &disposition,
                      const QString &lastApplication,
                      const std::optional<QString> &destinationChannel,
                      Direction direction)
{
    if (disposition.compare(u"ANSWERED", Qt::CaseInsensitive) != 0) {
        return direction == Direction::Outbound ? Outcome::NotConnected : Outcome::Missed;
    }
    if (lastApplication.compare(u"VoiceMail", Qt::CaseInsensitive) == 0) {
        return Outcome::Voicemail;
    }
    if (destinationChannel && destinationChannel->isEmpty()) {
        if (lastApplication.compare(u"Queue", Qt::CaseInsensitive) == 0) {
            return Outcome::Abandoned;
        }
        if (direction == Direction::Inbound) {
            return Outcome::Ivr;
        }
    }
    return Outcome::Answered;
}

/// Who took an answered record: the extension that dialled out, else the extension in dstchannel,
/// else (in files without dstchannel) the extension dialled.
QString answeringAgent(Direction direction,
                       const QString &source,
                       const QString &destination,
                       const std::optional<QString> &destinationChannel)
{
    if (direction == Direction::Outbound) {
        return source;
    }
    if (destinationChannel) {
        return extensionOf(*destinationChannel);
    }
    return looksLikeExternalNumber(destination) ? QString() : destination;
}

} // namespace

QString AsteriskCdrFormat::id() const
{
    return QStringLiteral("asterisk-cdr");
}

QString AsteriskCdrFormat::displayName() const
{
    return Text::tr("Asterisk or FreePBX call detail records");
}

QString AsteriskCdrFormat::requiredColumns() const
{
    return Text::tr("a header naming calldate (or start), duration, billsec and disposition, or, "
                    "without a header, records holding a date and time, a disposition (ANSWERED, "
                    "NO ANSWER, BUSY, FAILED, CONGESTION) and a channel such as SIP/105-0000001a");
}

bool AsteriskCdrFormat::namesCdrColumns(const QStringList &header)
{
    const AsteriskCdrLayout layout = AsteriskCdrLayout::fromHeader(header);
    for (const CdrField field :
         {CdrField::Start, CdrField::Duration, CdrField::BillSeconds, CdrField::Disposition}) {
        if (!layout.has(field)) {
            return false;
        }
    }
    return true;
}

int AsteriskCdrFormat::matchHeader(const QStringList &header) const
{
    if (namesCdrColumns(header)) {
        return 90; // billsec and disposition are Asterisk's own names
    }
    return AsteriskCdrLayoutScan::looksLikeRecord(header) ? 80 : 0;
}

Status AsteriskCdrFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = StrictDateOrderScan(options.dateOrder);
    m_dateOrder = DateOrder::Unknown;
    m_layoutScan = AsteriskCdrLayoutScan();
    m_layoutSample.clear();
    m_layoutError.reset();
    m_calls = CdrCallAssembler();
    m_hasHeader = namesCdrColumns(header);
    if (m_hasHeader) {
        m_header = header;
        m_layout = AsteriskCdrLayout::fromHeader(header);
        return {};
    }
    m_header.clear();
    m_layout.reset();
    if (!AsteriskCdrLayoutScan::looksLikeRecord(header)) {
        return Error{Text::tr("The first line is neither a CDR header nor a CDR record: it lacks "
                              "%1.")
                         .arg(requiredColumns()),
                     {},
                     1,
                     0};
    }
    return {};
}

void AsteriskCdrFormat::observe(const Record &record)
{
    if (m_layoutError) {
        return;
    }
    if (!m_layout) {
        m_layoutScan.observe(record);
        m_layoutSample.append(record);
        if (m_layoutSample.size() >= layoutSampleSize) {
            settleLayout();
        }
        return;
    }
    observeRecord(record);
}

void AsteriskCdrFormat::settleLayout()
{
    Expected<AsteriskCdrLayout> layout = m_layoutScan.decide();
    if (!layout) {
        m_layoutError = layout.error();
        m_layoutSample.clear();
        return;
    }
    m_layout = *layout;
    qsizetype columns = 0;
    for (const Record &record : std::as_const(m_layoutSample)) {
        columns = std::max(columns, record.fields.size());
    }
    m_header = m_layout->columnNames(static_cast<int>(columns));
    for (const Record &record : std::as_const(m_layoutSample)) {
        observeRecord(record);
    }
    m_layoutSample.clear();
}

void AsteriskCdrFormat::observeRecord(const Record &record)
{
    m_dateOrderScan.observe(m_layout->field(record, CdrField::Start),
                            record.line,
                            dayOfUniqueId(m_layout->field(record, CdrField::UniqueId)));
    m_calls.expect(callKey(record));
}

Status AsteriskCdrFormat::finishObserving()
{
    if (!m_layout && !m_layoutError) {
        settleLayout();
    }
    if (m_layoutError) {
        return *m_layoutError;
    }
    const int column = m_layout->column(CdrField::Start);
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

QString AsteriskCdrFormat::callKey(const Record &record) const
{
    // Known limit: a file with linkedid and one without key a transferred call's later records
    // differently (linkedid against their own uniqueid), so importing both stores those twice.
    for (const CdrField field : {CdrField::LinkedId, CdrField::UniqueId}) {
        const QString id = m_layout->field(record, field);
        if (!id.isEmpty()) {
            return id;
        }
    }
    return contentKey(record);
}

FieldProblem AsteriskCdrFormat::problem(CdrField field, const QString &message) const
{
    const int column = m_layout->column(field);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::variant<std::optional<qint64>, FieldProblem> AsteriskCdrFormat::moment(const Record &record,
                                                                            CdrField field) const
{
    const QString text = m_layout->field(record, field);
    if (text.isEmpty()) {
        return std::optional<qint64>();
    }
    const std::optional<qint64> ms = readDateTime(text, m_dateOrder, m_zone);
    if (!ms) {
        return problem(field, Text::tr("cannot read \"%1\" as a date and time").arg(text));
    }
    return ms;
}

std::variant<double, FieldProblem> AsteriskCdrFormat::seconds(const Record &record,
                                                              CdrField field) const
{
    const QString text = m_layout->field(record, field);
    const std::optional<double> value = parseDurationSeconds(text);
    if (!value) {
        return problem(field,
                       text.isEmpty() ? Text::tr("the seconds are missing")
                                      : Text::tr("cannot read \"%1\" as seconds").arg(text));
    }
    return *value;
}

std::variant<CdrLeg, FieldProblem> AsteriskCdrFormat::readLeg(const Record &record) const
{
    const QString disposition = m_layout->field(record, CdrField::Disposition);
    if (!isCdrDisposition(disposition)) {
        return problem(CdrField::Disposition,
                       Text::tr("expected ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION or "
                                "CANCEL, found \"%1\"")
                           .arg(disposition));
    }
    std::optional<qint64> start;
    std::optional<qint64> answer;
    std::optional<qint64> end;
    for (auto [field, target] : {std::pair{CdrField::Start, &start},
                                 std::pair{CdrField::Answer, &answer},
                                 std::pair{CdrField::End, &end}}) {
        auto read = moment(record, field);
        if (const auto *failure = std::get_if<FieldProblem>(&read)) {
            return *failure;
        }
        *target = std::get<std::optional<qint64>>(read);
    }
    if (!start) {
        return problem(CdrField::Start, Text::tr("the date is missing"));
    }
    double duration = 0;
    double billSeconds = 0;
    for (auto [field, target] : {std::pair{CdrField::Duration, &duration},
                                 std::pair{CdrField::BillSeconds, &billSeconds}}) {
        auto read = seconds(record, field);
        if (const auto *failure = std::get_if<FieldProblem>(&read)) {
            return *failure;
        }
        *target = std::get<double>(read);
    }

    const QString source = m_layout->field(record, CdrField::Source);
    const QString destination = m_layout->field(record, CdrField::Destination);
    const QString destinationChannel = m_layout->field(record, CdrField::DestinationChannel);
    const QString application = m_layout->field(record, CdrField::LastApplication);
    const Direction direction =
        directionOf(m_layout->field(record, CdrField::Context), source, destination);

    CdrLeg leg;
    leg.callKey = callKey(record);
    leg.line = record.line;
    leg.reachedQueue = application.compare(u"Queue", Qt::CaseInsensitive) == 0;
    leg.orderKey = orderKeyOf(m_layout->field(record, CdrField::UniqueId), destinationChannel);

    Call &call = leg.call;
    call.source = QStringLiteral("asterisk");
    call.sourceId = leg.callKey;
    call.direction = direction;
    call.arrivedAtMs = *start;
    call.endedAtMs = end.value_or(*start + qRound64(duration * 1000));
    const std::optional<QString> bridgedChannel = m_layout->has(CdrField::DestinationChannel)
                                                      ? std::optional(destinationChannel)
                                                      : std::nullopt;
    call.outcome = recordOutcome(disposition, application, bridgedChannel, direction);
    call.outcomeReason = disposition;
    if (call.outcome == Outcome::Answered) {
        call.answeredAtMs = answer.value_or(*call.endedAtMs - qRound64(billSeconds * 1000));
        call.talkSeconds = billSeconds;
        if (duration >= billSeconds) {
            call.ringSeconds = duration - billSeconds;
        }
        call.agent = answeringAgent(direction, source, destination, bridgedChannel);
    }
    const QString caller =
        source.isEmpty() ? numberInCallerId(m_layout->field(record, CdrField::CallerId)) : source;
    if (!isWithheldNumber(caller)) {
        call.callerNumber = caller;
    }
    call.calleeNumber = destination;
    call.trackingNumber = m_layout->field(record, CdrField::Did);
    call.recordingUrl = m_layout->field(record, CdrField::RecordingFile);
    if (leg.reachedQueue) {
        call.queue = m_layout->field(record, CdrField::LastData).section(u',', 0, 0).trimmed();
    }
    call.rawRecord = rawRecordJson(record);
    return leg;
}

void AsteriskCdrFormat::convert(const Record &record, ConversionSink &sink)
{
    std::variant<CdrLeg, FieldProblem> read = readLeg(record);
    if (const auto *failure = std::get_if<FieldProblem>(&read)) {
        sink.reject(record.line, *failure);
        m_calls.forgo(callKey(record), sink);
        return;
    }
    m_calls.add(std::move(std::get<CdrLeg>(read)), sink);
}

void AsteriskCdrFormat::finishConverting(ConversionSink &sink)
{
    m_calls.finish(sink);
}

} // namespace callboard
