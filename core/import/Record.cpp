#include "Record.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace callboard {

QString rawRecordJson(const QStringList &header, const Record &record)
{
    QJsonObject raw;
    for (int column = 0; column < record.fields.size(); ++column) {
        raw.insert(header.value(column, QStringLiteral("column %1").arg(column + 1)),
                   record.fields.at(column));
    }
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

QString contentKey(const Record &record)
{
    const QByteArray digest =
        QCryptographicHash::hash(record.fields.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex().left(32));
}

} // namespace callboard
