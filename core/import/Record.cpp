#include "Record.h"

#include <QCryptographicHash>

#include <algorithm>

namespace callboard {

namespace {

/// True for a character JSON cannot hold as it is inside a string.
bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

/// Appends @p field to @p json with JSON's escapes.
void appendEscaped(QString &json, QStringView field)
{
    for (const QChar c : field) {
        switch (c.unicode()) {
        case u'"':
            json += QStringLiteral("\\\"");
            break;
        case u'\\':
            json += QStringLiteral("\\\\");
            break;
        case u'\n':
            json += QStringLiteral("\\n");
            break;
        case u'\r':
            json += QStringLiteral("\\r");
            break;
        case u'\t':
            json += QStringLiteral("\\t");
            break;
        default:
            if (needsEscape(c.unicode())) {
                json += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            } else {
                json += c;
            }
        }
    }
}

} // namespace

QString rawRecordJson(const Record &record)
{
    // Written by hand: QJsonDocument builds a tree first, which costs more than the rest of a
    // row's import. Most fields need no escape and are copied whole, into room made once.
    qsizetype size = 2 + 3 * record.fields.size();
    for (const QString &field : record.fields) {
        size += field.size();
    }
    QString json;
    json.reserve(size);
    json += u'[';
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (i > 0) {
            json += u',';
        }
        json += u'"';
        const QString &field = record.fields.at(i);
        if (std::any_of(field.cbegin(), field.cend(), [](QChar c) {
                return needsEscape(c.unicode());
            })) {
            appendEscaped(json, field);
        } else {
            json += field;
        }
        json += u'"';
    }
    json += u']';
    return json;
}

QString contentKey(const Record &record)
{
    const QByteArray digest =
        QCryptographicHash::hash(record.fields.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex().left(32));
}

} // namespace callboard
