#include "HeaderMap.h"

namespace callboard {

QString foldHeaderName(const QString &name)
{
    QString folded;
    folded.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            folded += c.toLower();
        }
    }
    return folded;
}

} // namespace callboard
