#include "AsteriskCdrLayout.h"

#include "import/FieldParsers.h"
#include "import/HeaderMap.h"
#include "import/PbxFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AsteriskCdrLayout)
};

const QHash<QString, CdrField> &headerAliases()
{
    static const QHash<QString, CdrField> map{
        {QStringLiteral("calldate"), CdrField::Start},
        {QStringLiteral("start"), CdrField::Start},
        {QStringLiteral("answer"), CdrField::Answer},
        {QStringLiteral("end"), CdrField::End},
        {QStringLiteral("clid"), CdrField::CallerId},
        {QStringLiteral("src"), CdrField::Source},
        {QStringLiteral("dst"), CdrField::Destination},
        {QStringLiteral("dcontext"), CdrField::Context},
        {QStringLiteral("channel"), CdrField::Channel},
        {QStringLiteral("dstchannel"), CdrField::DestinationChannel},
        {QStringLiteral("lastapp"), CdrField::LastApplication},
        {QStringLiteral("lastdata"), CdrField::LastData},
        {QStringLiteral("duration"), CdrField::Duration},
        {QStringLiteral("billsec"), CdrField::BillSeconds},
        {QStringLiteral("disposition"), CdrField::Disposition},
        {QStringLiteral("uniqueid"), CdrField::UniqueId},
        {QStringLiteral("linkedid"), CdrField::LinkedId},
        {QStringLiteral("did"), CdrField::Did},
        {QStringLiteral("recordingfile"), CdrField::RecordingFile},
    };
    return map;
}

QString asteriskName(CdrField field, bool tableLayout)
{
    switch (field) {
    case CdrField::Start:
        return tableLayout ? QStringLiteral("calldate") : QStringLiteral("start");
    case CdrField::Answer:
        return QStringLiteral("answer");
    case CdrField::End:
        return QStringLiteral("end");
    case CdrField::CallerId:
        return QStringLiteral("clid");
    case CdrField::Source:
        return QStringLiteral("src");
    case CdrField::Destination:
        return QStringLiteral("dst");
    case CdrField::Context:
        return QStringLiteral("dcontext");
    case CdrField::Channel:
        return QStringLiteral("channel");
    case CdrField::DestinationChannel:
        return QStringLiteral("dstchannel");
    case CdrField::LastApplication:
        return QStringLiteral("lastapp");
    case CdrField::LastData:
        return QStringLiteral("lastdata");
    case CdrField::Duration:
        return QStringLiteral("duration");
    case CdrField::BillSeconds:
        return QStringLiteral("billsec");
    case CdrField::Disposition:
        return QStringLiteral("disposition");
    case CdrField::UniqueId:
        return QStringLiteral("uniqueid");
    case CdrField::LinkedId:
        return QStringLiteral("linkedid");
    case CdrField::Did:
        return QStringLiteral("did");
    case CdrField::RecordingFile:
        return QStringLiteral("recordingfile");
    }
    return QString();
}

/// A channel name: technology, slash, resource (`SIP/105-0000001a`, `Local/105@from-queue;1`).
bool isChannelName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]*/\\S"));
    return pattern.match(text).hasMatch();
}

/// Asterisk's uniqueid: Unix seconds, a dot and a counter, after the system name if one is set.
bool isUniqueId(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9_.-]+-)?\\d{9,10}\\.\\d+$"));
    return pattern.match(text).hasMatch();
}

/// A caller id as Asterisk merges it: `"Name" <number>`, `<number>`, or the bare number.
bool isCallerId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(<[^<>]*>\"?$)|(^\\+?\\d+$)"));
    return pattern.match(text).hasMatch();
}

bool isInteger(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+$"));
    return pattern.match(text).hasMatch();
}

bool isRecordingFile(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\.(wav|wav49|gsm|mp3|ogg|opus|g722|g729|sln\\d*|ulaw|alaw)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

Error unreadableLayout(const QString &reason)
{
    return Error{Text::tr("This looks like a header-less Asterisk CDR, but its columns cannot be "
                          "told apart: %1. Add a header row naming the columns (calldate, clid, "
                          "src, dst, dcontext, channel, dstchannel, lastapp, lastdata, duration, "
                          "billsec, disposition, uniqueid, linkedid), or write the file in "
                          "Asterisk's standard cdr_csv order.")
                     .arg(reason),
                 {},
                 0,
                 0};
}

} // namespace

bool isCdrDisposition(const QString &text)
{
    for (const char16_t *disposition :
         {u"ANSWERED", u"NO ANSWER", u"BUSY", u"FAILED", u"CONGESTION", u"CANCEL", u"UNKNOWN"}) {
        if (text.compare(QStringView(disposition), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

AsteriskCdrLayout AsteriskCdrLayout::fromHeader(const QStringList &header)
{
    AsteriskCdrLayout layout;
    for (int column = 0; column < header.size(); ++column) {
        const auto field = headerAliases().constFind(foldHeaderName(header.at(column)));
        if (field != headerAliases().cend() && !layout.has(*field)) {
            layout.place(*field, column);
        }
    }
    return layout;
}

void AsteriskCdrLayout::place(CdrField field, int column)
{
    m_columns.insert(static_cast<int>(field), column);
}

QString AsteriskCdrLayout::field(const Record &record, CdrField field) const
{
    const int index = column(field);
    const QString text = index >= 0 ? record.fields.value(index).trimmed() : QString();
    return isNullSentinel(text) ? QString() : text;
}

QStringList AsteriskCdrLayout::columnNames(int count) const
{
    QStringList names;
    for (int column = 0; column < count; ++column) {
        names.append(QStringLiteral("column %1").arg(column + 1));
    }
    const bool tableLayout = !has(CdrField::End);
    for (auto placed = m_columns.cbegin(); placed != m_columns.cend(); ++placed) {
        if (placed.value() < count) {
            names[placed.value()] = asteriskName(static_cast<CdrField>(placed.key()), tableLayout);
        }
    }
    return names;
}

bool AsteriskCdrLayoutScan::looksLikeRecord(const QStringList &fields)
{
    bool disposition = false;
    bool dateTime = false;
    bool channelOrId = false;
    for (const QString &field : fields) {
        const QString text = field.trimmed();
        disposition = disposition || isCdrDisposition(text);
        dateTime = dateTime || looksLikeDateTime(text);
        channelOrId = channelOrId || isChannelName(text) || isUniqueId(text);
    }
    return disposition && dateTime && channelOrId;
}

void AsteriskCdrLayoutScan::observe(const Record &record)
{
    if (m_columns.size() < record.fields.size()) {
        m_columns.resize(record.fields.size());
    }
    for (int column = 0; column < record.fields.size(); ++column) {
        const QString text = record.fields.at(column).trimmed();
        if (isNullSentinel(text)) {
            continue;
        }
        ColumnProfile &profile = m_columns[column];
        ++profile.nonEmpty;
        profile.dateTimes += looksLikeDateTime(text) ? 1 : 0;
        profile.dispositions += isCdrDisposition(text) ? 1 : 0;
        profile.channels += isChannelName(text) ? 1 : 0;
        profile.uniqueIds += isUniqueId(text) ? 1 : 0;
        profile.callerIds += isCallerId(text) ? 1 : 0;
        profile.integers += isInteger(text) ? 1 : 0;
        profile.recordings += isRecordingFile(text) ? 1 : 0;
    }
}

Expected<AsteriskCdrLayout> AsteriskCdrLayoutScan::decide() const
{
    // A column is of a kind when most of its non-empty values are: a few bad values are rows to
    // reject, not a reason to misread the file.
    auto isOfKind = [this](int column, int ColumnProfile::*kind) {
        if (column < 0 || column >= m_columns.size()) {
            return false;
        }
        const ColumnProfile &profile = m_columns.at(column);
        return profile.*kind > 0 && 2 * (profile.*kind) > profile.nonEmpty;
    };
    auto columnsOfKind = [&](int ColumnProfile::*kind) {
        QList<int> columns;
        for (int column = 0; column < m_columns.size(); ++column) {
            if (isOfKind(column, kind)) {
                columns.append(column);
            }
        }
        return columns;
    };

    const QList<int> dispositions = columnsOfKind(&ColumnProfile::dispositions);
    if (dispositions.size() != 1) {
        return unreadableLayout(dispositions.isEmpty()
                                    ? Text::tr("no column holds dispositions (ANSWERED, NO "
                                               "ANSWER, BUSY, FAILED, CONGESTION)")
                                    : Text::tr("columns %1 and %2 both hold dispositions")
                                          .arg(dispositions.at(0) + 1)
                                          .arg(dispositions.at(1) + 1));
    }
    const QList<int> dates = columnsOfKind(&ColumnProfile::dateTimes);
    if (dates.isEmpty()) {
        return unreadableLayout(Text::tr("no column holds dates and times"));
    }
    const QList<int> channels = columnsOfKind(&ColumnProfile::channels);
    if (channels.isEmpty()) {
        return unreadableLayout(Text::tr("no column holds channel names such as SIP/105-0000001a"));
    }

    AsteriskCdrLayout layout;
    const int disposition = dispositions.first();
    layout.place(CdrField::Disposition, disposition);
    if (!isOfKind(disposition - 2, &ColumnProfile::integers)
        || !isOfKind(disposition - 1, &ColumnProfile::integers)) {
        return unreadableLayout(Text::tr("the two columns before the disposition (column %1) "
                                         "are not whole seconds, as duration and billsec are")
                                    .arg(disposition + 1));
    }
    layout.place(CdrField::Duration, disposition - 2);
    layout.place(CdrField::BillSeconds, disposition - 1);

    layout.place(CdrField::Start, dates.at(0));
    if (dates.size() >= 3) {
        layout.place(CdrField::Answer, dates.at(1));
        layout.place(CdrField::End, dates.at(2));
    }

    const int channel = channels.first();
    const int destinationChannel = channel + 1;
    const ColumnProfile following = m_columns.value(destinationChannel);
    if (following.nonEmpty > 0 && !isOfKind(destinationChannel, &ColumnProfile::channels)) {
        return unreadableLayout(Text::tr("column %1, after the channel, does not hold the "
                                         "destination channel")
                                    .arg(destinationChannel + 1));
    }
    layout.place(CdrField::Channel, channel);
    layout.place(CdrField::DestinationChannel, destinationChannel);
    layout.place(CdrField::LastApplication, channel + 2);
    layout.place(CdrField::LastData, channel + 3);

    // The stock order puts clid right before the channel (src, dst, dcontext, clid); cdr_custom's
    // sample and the database table put it first (clid, src, dst, dcontext).
    const bool stockOrder = isOfKind(channel - 1, &ColumnProfile::callerIds);
    const QList<CdrField> beforeChannel = stockOrder ? QList<CdrField>{CdrField::CallerId,
                                                                       CdrField::Context,
                                                                       CdrField::Destination,
                                                                       CdrField::Source}
                                                     : QList<CdrField>{CdrField::Context,
                                                                       CdrField::Destination,
                                                                       CdrField::Source,
                                                                       CdrField::CallerId};
    for (int offset = 0; offset < beforeChannel.size() && channel - 1 - offset >= 0; ++offset) {
        layout.place(beforeChannel.at(offset), channel - 1 - offset);
    }

    const QList<int> ids = columnsOfKind(&ColumnProfile::uniqueIds);
    if (!ids.isEmpty()) {
        layout.place(CdrField::UniqueId, ids.at(0));
    }
    if (ids.size() >= 2) {
        layout.place(CdrField::LinkedId, ids.at(1));
    }
    const QList<int> recordings = columnsOfKind(&ColumnProfile::recordings);
    if (!recordings.isEmpty()) {
        layout.place(CdrField::RecordingFile, recordings.first());
    }
    return layout;
}

} // namespace callboard
