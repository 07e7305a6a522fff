#pragma once

#include "import/Record.h"

#include <QHash>
#include <QStringList>

namespace callboard {

/// Header names folded for matching: lower case, with spaces, underscores, punctuation and a
/// stray BOM dropped, so `Speed of answer in seconds`, `speed_of_answer_in_seconds` and
/// `SpeedOfAnswerInSeconds` all read `speedofanswerinseconds`.
QString foldHeaderName(const QString &name);

/// Finds the columns a format knows in a header row, by their folded names. Columns may come in
/// any order, and columns the format does not know are ignored.
template <typename Role>
class HeaderMap
{
public:
    /// @p aliases maps each folded spelling to the role it names.
    HeaderMap(const QHash<QString, Role> &aliases, const QStringList &header)
    {
        for (int column = 0; column < header.size(); ++column) {
            const auto role = aliases.constFind(foldHeaderName(header.at(column)));
            if (role != aliases.cend() && !m_columns.contains(static_cast<int>(*role))) {
                m_columns.insert(static_cast<int>(*role), column);
            }
        }
    }

    bool has(Role role) const { return m_columns.contains(static_cast<int>(role)); }
    /// The column index (from 0) of @p role, or -1.
    int column(Role role) const { return m_columns.value(static_cast<int>(role), -1); }
    /// The trimmed text of @p role's field in @p record; empty when the header lacks the column.
    QString field(const Record &record, Role role) const
    {
        const int index = column(role);
        return index >= 0 ? record.fields.value(index).trimmed() : QString();
    }
    int count() const { return static_cast<int>(m_columns.size()); }

private:
    QHash<int, int> m_columns; // role -> column
};

} // namespace callboard
