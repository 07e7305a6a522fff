#pragma once

#include <QStringList>

#include <initializer_list>

namespace callboard::test {

/// The record fields a reader should produce, written as UTF-8 literals.
inline QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

} // namespace callboard::test
