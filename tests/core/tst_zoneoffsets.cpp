#include "common/ZoneOffsets.h"

#include <QDateTime>
#include <QTest>

using namespace callboard;

/// ZoneOffsets must give, for every instant, the local day and hour that QDateTime gives: it only
/// remembers the stretch between two transitions to avoid asking the zone again.
class TestZoneOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQDateTime_data();
    void agreesWithQDateTime();
    void daysAroundTheClockChanges();
    void beforeTheEpoch();
    void utcHasNoTransitions();
};

void TestZoneOffsets::agreesWithQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("backwards");
    for (const char *zone : {"Europe/London",
                             "America/New_York",
                             "Australia/Sydney",
                             "Asia/Kolkata",
                             "Pacific/Chatham",
                             "Etc/UTC",
                             "UTC+05:30"}) {
        QTest::addRow("%s forwards", zone) << QByteArray(zone) << false;
        QTest::addRow("%s backwards", zone) << QByteArray(zone) << true;
    }
}

void TestZoneOffsets::agreesWithQDateTime()
{
    // Every 7 minutes of 2024, in order and in reverse (the cache must serve both), against the
    // zone asked afresh each time.
    QFETCH(QByteArray, zone);
    QFETCH(bool, backwards);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    ZoneOffsets offsets(timeZone);
    const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 until = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 step = 7 * 60 * 1000;
    int checked = 0;
    for (qint64 i = 0; from + i * step < until; ++i) {
        const qint64 at = backwards ? until - 1 - i * step : from + i * step;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, timeZone);
        const LocalDayHour got = offsets.localDayHour(at);
        if (got.julianDay != local.date().toJulianDay() || got.hour != local.time().hour()) {
            QFAIL(qPrintable(QStringLiteral("%1: got day %2 hour %3, expected %4")
                                 .arg(at)
                                 .arg(got.julianDay)
                                 .arg(got.hour)
                                 .arg(local.toString(Qt::ISODate))));
        }
        ++checked;
    }
    QCOMPARE(checked, 75292); // 366 days of 1440 minutes, every 7th: ceil(527040 / 7)
}

void TestZoneOffsets::daysAroundTheClockChanges()
{
    // London, 31 March 2024: 00:59:59 UTC is 00:59:59 GMT, 01:00:00 UTC is 02:00:00 BST.
    ZoneOffsets london(QTimeZone("Europe/London"));
    const qint64 change = QDateTime(QDate(2024, 3, 31), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(london.localDayHour(change - 1).hour, 0);
    QCOMPARE(london.localDayHour(change).hour, 2);
    QCOMPARE(london.offsetMs(change - 1), 0);
    QCOMPARE(london.offsetMs(change), 3600 * 1000);
    // 27 October 2024: 00:59:59 UTC is 01:59:59 BST, 01:00:00 UTC is 01:00:00 GMT again.
    const qint64 back = QDateTime(QDate(2024, 10, 27), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(london.localDayHour(back - 1).hour, 1);
    QCOMPARE(london.localDayHour(back).hour, 1);
    QCOMPARE(london.localDayHour(back).julianDay, QDate(2024, 10, 27).toJulianDay());
}

void TestZoneOffsets::beforeTheEpoch()
{
    // 1969-12-31 23:30 UTC is 1969-12-31 18:30 in New York (EST, -5 h): the day is floored.
    ZoneOffsets newYork(QTimeZone("America/New_York"));
    const qint64 at = QDateTime(QDate(1969, 12, 31), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(at < 0);
    const LocalDayHour local = newYork.localDayHour(at);
    QCOMPARE(local.julianDay, QDate(1969, 12, 31).toJulianDay());
    QCOMPARE(local.hour, 18);
}

void TestZoneOffsets::utcHasNoTransitions()
{
    ZoneOffsets utc(QTimeZone::utc());
    const qint64 at = QDateTime(QDate(2021, 6, 1), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(utc.localDayHour(at).julianDay, QDate(2021, 6, 1).toJulianDay());
    QCOMPARE(utc.localDayHour(at).hour, 23);
    QCOMPARE(utc.localDayHour(at + 1000).julianDay, QDate(2021, 6, 2).toJulianDay());
}

QTEST_GUILESS_MAIN(TestZoneOffsets)
#include "tst_zoneoffsets.moc"
