#include "Record.h"

#include <QCryptographicHash>

namespace callboard {

QString rawRecordJson(const Record &record)
{
    // Written by hand: QJsonDocument builds a tree first, which costs more than the rest of a
    // row's import.
    QString json;
    json.reserve(16);
    json += u'[';
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (i > 0) {
            json += u',';
        }
        json += u'"';
        for (const QChar c : record.fields.at(i)) {
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
                if (c.unicode() < 0x20) {
                    json += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
                } else {
                    json += c;
                }
            }
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
