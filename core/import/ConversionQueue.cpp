#include "ConversionQueue.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueingSink)
};

} // namespace

ConversionQueue::ConversionQueue(int capacity)
    : m_capacity(static_cast<size_t>(std::max(1, capacity)))
{}

bool ConversionQueue::push(ConvertedBatch batch)
{
    std::vector<ConvertedBatch> spent; // freed after the lock is released
    std::unique_lock lock(m_mutex);
    m_hasRoom.wait(lock, [this] { return m_stopped || m_batches.size() < m_capacity; });
    spent.swap(m_spent);
    if (m_stopped) {
        return false;
    }
    m_batches.push_back(std::move(batch));
    m_hasBatch.notify_one();
    return true;
}

std::optional<ConvertedBatch> ConversionQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_hasBatch.wait(lock, [this] { return m_stopped || m_finished || !m_batches.empty(); });
    if (m_stopped || m_batches.empty()) {
        return std::nullopt;
    }
    ConvertedBatch batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_hasRoom.notify_one();
    return batch;
}

void ConversionQueue::recycle(ConvertedBatch batch)
{
    const std::lock_guard lock(m_mutex);
    if (!m_finished && !m_stopped) {
        m_spent.push_back(std::move(batch));
    }
    // Else the batch is freed here: the reading thread pushes no more.
}

void ConversionQueue::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_hasBatch.notify_all();
}

void ConversionQueue::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_batches.clear();
    m_hasRoom.notify_all();
    m_hasBatch.notify_all();
}

bool ConversionQueue::stopped() const
{
    const std::lock_guard lock(m_mutex);
    return m_stopped;
}

QueueingSink::QueueingSink(ConversionQueue &queue, CallNumberPolicy numbers)
    : m_queue(queue)
    , m_numbers(std::move(numbers))
{}

bool QueueingSink::recordDone(qint64 position)
{
    m_position = position;
    ++m_batch.records;
    if (m_batch.records >= recordsPerBatch) {
        send();
    }
    return !m_stopped;
}

void QueueingSink::finish()
{
    send();
    if (!m_stopped) {
        m_queue.finish();
    }
}

void QueueingSink::addCall(Call call)
{
    // The one place numbers are normalised (and hashed, where the workspace says so): formats
    // hand over numbers as their sources write them, and the raw record keeps that.
    m_numbers.apply(call);
    add(std::move(call));
}

void QueueingSink::addInterval(Interval interval)
{
    add(std::move(interval));
}

void QueueingSink::addLead(Lead lead)
{
    // The one place a lead's phone enters the workspace, as for calls' numbers.
    m_numbers.apply(lead);
    add(std::move(lead));
}

void QueueingSink::addDeal(Deal deal)
{
    add(std::move(deal));
}

void QueueingSink::reject(qint64 line, const FieldProblem &problem)
{
    FieldProblem said = problem;
    if (m_fields < m_headerFields && problem.column > m_fields) {
        said.message += QLatin1Char(' ')
                        + Text::tr("(The row has %1 fields where the header has %2: it is cut "
                                   "short.)")
                              .arg(m_fields)
                              .arg(m_headerFields);
    }
    add(Rejection{line, said});
}

void QueueingSink::skip(const QString &reason)
{
    add(Skip{reason});
}

void QueueingSink::add(Converted item)
{
    m_batch.deliveries.push_back(Delivery{m_line, std::move(item)});
    if (m_batch.deliveries.size() >= deliveriesPerBatch) {
        send();
    }
}

void QueueingSink::send()
{
    m_batch.position = m_position;
    m_stopped = m_stopped || !m_queue.push(std::move(m_batch));
    m_batch = ConvertedBatch();
}

} // namespace callboard
