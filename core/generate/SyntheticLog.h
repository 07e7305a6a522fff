#pragma once

#include "common/Error.h"

#include <QDate>

#include <functional>

class QIODevice;

namespace callboard {

/// What a synthetic call log looks like.
struct SyntheticLogOptions
{
    qint64 calls = 10'000; ///< Customer calls to write (a transferred call writes two legs).
    quint64 seed = 1;      ///< The same seed writes the same log, byte for byte.
    QDate firstDay = QDate(2025, 1, 6);
    int agents = 60;
};

/// Called with the calls written so far and the total; returning false stops writing.
using SyntheticLogProgress = std::function<bool(qint64 written, qint64 total)>;

/// Writes a realistic synthetic call log in Callboard's own CSV format: a day and hour pattern
/// (busy Monday mornings, quiet weekends and nights), inbound calls to four queues that wait,
/// abandon (some within seconds), go to voicemail or are answered by one of the agents and now
/// and then transferred to another, outbound sales calls with dispositions, repeat callers,
/// tracking numbers of eight campaigns, resolution and survey scores. Made for benchmarks and
/// demos: the figures look like a call centre's, but no real person or number is in it.
Status writeSyntheticLog(QIODevice &out,
                         const SyntheticLogOptions &options,
                         const SyntheticLogProgress &progress = {});

} // namespace callboard
