#pragma once

#include <QLoggingCategory>

// Developer logs, one category per area, quiet below Warning by default. Enable one with
// QT_LOGGING_RULES="callboard.import.debug=true". They never carry phone numbers, names or
// credentials: ids and counts only.
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcKpi)
