#include "Error.h"

#include <QCoreApplication>

namespace callboard {

QString Error::toString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(", "))
                 + QCoreApplication::translate("callboard::Error", "line %1").arg(line);
    }
    if (column > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(", "))
                 + QCoreApplication::translate("callboard::Error", "column %1").arg(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace callboard
