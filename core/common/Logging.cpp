#include "Logging.h"

Q_LOGGING_CATEGORY(lcImport, "callboard.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "callboard.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKpi, "callboard.kpi", QtWarningMsg)
