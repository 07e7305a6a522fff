#pragma once

#include "import/TabularFormat.h"
#include "phone/CallNumberPolicy.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <variant>
#include <vector>

namespace callboard {

/// A record, or a group of records, that made no call, with the line that says where.
struct Rejection
{
    qint64 line = 0;
    FieldProblem problem;
};

/// A sound record that is no call by nature, by its reason.
struct Skip
{
    QString reason;
};

/// One thing a format delivered, in the order it delivered them.
using Converted = std::variant<Call, Interval, Lead, Deal, Rejection, Skip>;

/// What a format delivered, with the line of the record it came from (0: after the last one),
/// for a message should storing it fail.
struct Delivery
{
    qint64 line = 0;
    Converted item;
};

/// What one stretch of records made, and how far into the file the reader had got.
struct ConvertedBatch
{
    std::vector<Delivery> deliveries;
    qint64 records = 0;  ///< Records this batch read.
    qint64 position = 0; ///< The reader's position after them, for progress.
};

/// Hands batches from the thread that reads and converts a file to the thread that stores them.
/// Bounded, so that a fast reader cannot fill memory while the store catches up; either side can
/// stop it, and the other then finds out at its next push or pop.
class ConversionQueue
{
public:
    explicit ConversionQueue(int capacity = 8);

    /// Waits for room, then queues @p batch; false when the queue was stopped (drop the batch).
    bool push(ConvertedBatch batch);

    /// Waits for the next batch; nothing once the reader has finished and all are taken, or the
    /// queue was stopped.
    std::optional<ConvertedBatch> pop();

    /// Hands a stored batch back, to be freed by the reading thread at its next push: freeing a
    /// batch (thousands of strings) is a good part of the storing thread's time otherwise, and
    /// memory is cheaper to free on the thread that allocated it.
    void recycle(ConvertedBatch batch);

    /// The reader has delivered everything.
    void finish();

    /// Either side gives up: a store error, a cancel. Wakes the other side.
    void stop();
    bool stopped() const;

private:
    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_hasRoom;
    std::condition_variable m_hasBatch;
    std::deque<ConvertedBatch> m_batches;
    std::vector<ConvertedBatch> m_spent; ///< Stored batches the reading thread frees.
    bool m_finished = false;
    bool m_stopped = false;
};

/// The sink a format converts into on the reading thread: puts each call's and lead's numbers
/// through the workspace's policy (the costly part of storing, and one that needs no database),
/// then collects what it is given into batches for the storing thread.
class QueueingSink : public ConversionSink
{
public:
    QueueingSink(ConversionQueue &queue, CallNumberPolicy numbers);

    /// The record the next deliveries come from.
    void setLine(qint64 line) { m_line = line; }

    /// The number of fields of the record the next deliveries come from, and of the header (0
    /// for a log without one): a rejection for a field the record lacks then says it is short.
    void setFieldCounts(qsizetype fields, qsizetype headerFields)
    {
        m_fields = fields;
        m_headerFields = headerFields;
    }

    /// Counts one record read, the reader being at @p position; sends the batch on once it is
    /// big enough. False once the queue was stopped: the reading should end.
    bool recordDone(qint64 position);

    /// Sends what is left and tells the queue that nothing more comes.
    void finish();

    void addCall(Call call) override;
    void addInterval(Interval interval) override;
    void addLead(Lead lead) override;
    void addDeal(Deal deal) override;
    void reject(qint64 line, const FieldProblem &problem) override;
    void skip(const QString &reason) override;

private:
    void add(Converted item);
    void send();

    // Small enough to keep the storing thread busy from the start, big enough that the locking
    // costs nothing. The second bound serves formats that deliver a whole log's calls at its
    // end (event logs whose calls complete only there).
    static constexpr qint64 recordsPerBatch = 512;
    static constexpr size_t deliveriesPerBatch = 1024;

    ConversionQueue &m_queue;
    CallNumberPolicy m_numbers;
    ConvertedBatch m_batch;
    qint64 m_line = 0;
    qsizetype m_fields = 0;
    qsizetype m_headerFields = 0;
    qint64 m_position = 0;
    bool m_stopped = false;
};

} // namespace callboard
