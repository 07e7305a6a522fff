#include "import/ConversionQueue.h"

#include <QTest>

#include <thread>

using namespace callboard;

/// The hand-over between the thread that reads and converts a file and the one that stores it:
/// order kept, bounded, and either side able to stop the other.
class TestConversionQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesComeOutInOrderThenEnd();
    void stopWakesAFullQueuesWriter();
    void stopDropsWhatWasQueued();
    void sinkBatchesRecordsAndNormalisesNumbers();
    void sinkStopsReadingOnceTheStoreGivesUp();

private:
    static ConvertedBatch batchOf(qint64 records)
    {
        ConvertedBatch batch;
        batch.records = records;
        return batch;
    }
};

void TestConversionQueue::batchesComeOutInOrderThenEnd()
{
    ConversionQueue queue(4);
    for (qint64 records = 1; records <= 3; ++records) {
        QVERIFY(queue.push(batchOf(records)));
    }
    queue.finish();
    QList<qint64> seen;
    while (std::optional<ConvertedBatch> batch = queue.pop()) {
        seen.append(batch->records);
        queue.recycle(std::move(*batch));
    }
    QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
    QVERIFY(!queue.stopped());
}

void TestConversionQueue::stopWakesAFullQueuesWriter()
{
    ConversionQueue queue(2);
    QVERIFY(queue.push(batchOf(1)));
    QVERIFY(queue.push(batchOf(2)));
    // The third push waits for room that never comes; stopping must end the wait with false,
    // whether it came before or after the writer began waiting.
    bool pushed = true;
    std::thread writer([&queue, &pushed] { pushed = queue.push(batchOf(3)); });
    queue.stop();
    writer.join();
    QVERIFY(!pushed);
    QVERIFY(queue.stopped());
}

void TestConversionQueue::stopDropsWhatWasQueued()
{
    ConversionQueue queue(4);
    QVERIFY(queue.push(batchOf(1)));
    queue.stop();
    QVERIFY(!queue.pop());
    QVERIFY(!queue.push(batchOf(2)));
}

void TestConversionQueue::sinkBatchesRecordsAndNormalisesNumbers()
{
    ConversionQueue queue(64);
    QueueingSink sink(queue, CallNumberPolicy(QStringLiteral("GB"), std::nullopt));
    // 1,100 records: every other one a call, each 100th rejected. Batches close every 512
    // records, so there are three: 512, 512 and the last 76.
    for (qint64 line = 2; line < 1102; ++line) {
        sink.setLine(line);
        if (line % 100 == 0) {
            sink.reject(line, FieldProblem{3, QStringLiteral("not a date")});
        } else if (line % 2 == 0) {
            Call call;
            call.source = QStringLiteral("test");
            call.sourceId = QString::number(line);
            call.callerNumber = QStringLiteral("020 7946 0000");
            sink.addCall(std::move(call));
        }
        QVERIFY(sink.recordDone(line * 10));
    }
    sink.finish();

    QList<qint64> records;
    int calls = 0;
    int rejections = 0;
    qint64 lastPosition = 0;
    while (std::optional<ConvertedBatch> batch = queue.pop()) {
        records.append(batch->records);
        lastPosition = batch->position;
        for (const Delivery &delivery : batch->deliveries) {
            if (const Call *call = std::get_if<Call>(&delivery.item)) {
                ++calls;
                QCOMPARE(call->sourceId, QString::number(delivery.line));
                // Normalised on the reading side: a London number in E.164.
                QCOMPARE(call->callerNumber, QStringLiteral("+442079460000"));
            } else if (const Rejection *rejection = std::get_if<Rejection>(&delivery.item)) {
                ++rejections;
                QCOMPARE(rejection->line, delivery.line);
                QCOMPARE(rejection->problem.column, 3);
            }
        }
    }
    QCOMPARE(records, (QList<qint64>{512, 512, 76}));
    QCOMPARE(lastPosition, 11010); // the last record's position
    // Lines 2..1101: 550 even lines, of which the 11 multiples of 100 are rejections.
    QCOMPARE(calls, 539);
    QCOMPARE(rejections, 11);
}

void TestConversionQueue::sinkStopsReadingOnceTheStoreGivesUp()
{
    ConversionQueue queue(1);
    QueueingSink sink(queue, CallNumberPolicy(QStringLiteral("US"), std::nullopt));
    queue.stop();
    bool goOn = true;
    for (int record = 0; record < 512 && goOn; ++record) {
        goOn = sink.recordDone(record);
    }
    QVERIFY(!goOn); // the 512th record sends a batch, which finds the queue stopped
    sink.finish();
    QVERIFY(!queue.pop());
}

QTEST_GUILESS_MAIN(TestConversionQueue)
#include "tst_conversionqueue.moc"
