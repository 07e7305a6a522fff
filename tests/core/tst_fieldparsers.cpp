#include "import/FieldParsers.h"

#include <QDateTime>
#include <QTest>

using namespace callboard;

Q_DECLARE_METATYPE(callboard::DateOrder)

class TestFieldParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void dateOrderEvidence_data();
    void dateOrderEvidence();
    void timesOfDay_data();
    void timesOfDay();
    void durations_data();
    void durations();
    void yesNo_data();
    void yesNo();
    void nullSentinels();
    void isoDateTimes_data();
    void isoDateTimes();
    void countsAndShares();
    void money_data();
    void money();
    void dateTimes();
};

void TestFieldParsers::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("expected"); // invalid: no date

    const auto dmy = DateOrder::DayMonthYear;
    const auto mdy = DateOrder::MonthDayYear;
    const auto unknown = DateOrder::Unknown;
    QTest::newRow("iso") << "2021-01-31" << unknown << QDate(2021, 1, 31);
    QTest::newRow("pwc d-Mon-yy") << "1-Jan-21" << unknown << QDate(2021, 1, 1);
    QTest::newRow("dd-Mon-yyyy") << "09-Mar-2021" << unknown << QDate(2021, 3, 9);
    QTest::newRow("Mon d, yyyy") << "Mar 9, 2021" << unknown << QDate(2021, 3, 9);
    QTest::newRow("day first") << "01/02/2021" << dmy << QDate(2021, 2, 1);
    QTest::newRow("month first") << "01/02/2021" << mdy << QDate(2021, 1, 2);
    QTest::newRow("dashes day first") << "31-01-2016" << unknown << QDate(2016, 1, 31);
    QTest::newRow("dots, short year") << "9.3.10" << dmy << QDate(2010, 3, 9);
    QTest::newRow("unpadded d/m/yyyy") << "1/9/2017" << dmy << QDate(2017, 9, 1);
    QTest::newRow("two-digit year 99 is 1999") << "990101" << unknown << QDate(1999, 1, 1);
    QTest::newRow("compact yyyymmdd") << "20210131" << unknown << QDate(2021, 1, 31);
    QTest::newRow("excel serial") << "44197" << unknown << QDate(2021, 1, 1);
    QTest::newRow("ambiguous without order") << "01/02/2021" << unknown << QDate();
    QTest::newRow("same day and month") << "03/03/2021" << unknown << QDate(2021, 3, 3);
    QTest::newRow("month 13 is no date") << "13/13/2021" << dmy << QDate();
    QTest::newRow("30 February") << "30-Feb-21" << unknown << QDate();
    QTest::newRow("words") << "yesterday" << unknown << QDate();
    QTest::newRow("null") << "NULL" << unknown << QDate();
    QTest::newRow("zero date") << "0000-00-00" << unknown << QDate();
    // QString::toDouble reads these; as Excel serials they were undefined behaviour (fuzzing).
    QTest::newRow("nan is no serial") << "NAN" << unknown << QDate();
    QTest::newRow("inf is no serial") << "inf" << unknown << QDate();
}

void TestFieldParsers::dates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = parseDate(text, order);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date) {
        QCOMPARE(*date, expected);
    }
}

void TestFieldParsers::dateOrderEvidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<bool>("monthFirst");
    QTest::newRow("either") << "01/02/2021" << true << true << true;
    QTest::newRow("day first only") << "31/01/2021" << true << true << false;
    QTest::newRow("month first only") << "11/23/2025" << true << false << true;
    QTest::newRow("month name carries none") << "1-Jan-21" << false << true << true;
    QTest::newRow("iso carries none") << "2021-01-31" << false << true << true;
}

void TestFieldParsers::dateOrderEvidence()
{
    QFETCH(QString, text);
    QFETCH(bool, numeric);
    QFETCH(bool, dayFirst);
    QFETCH(bool, monthFirst);
    const DateOrderEvidence evidence = callboard::dateOrderEvidence(text);
    QCOMPARE(evidence.isNumericDate, numeric);
    QCOMPARE(evidence.dayFirstPossible, dayFirst);
    QCOMPARE(evidence.monthFirstPossible, monthFirst);
}

void TestFieldParsers::timesOfDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("h:mm") << "9:12" << QTime(9, 12);
    QTest::newRow("hh:mm:ss") << "09:12:33" << QTime(9, 12, 33);
    QTest::newRow("fractional seconds") << "09:12:33.250" << QTime(9, 12, 33, 250);
    QTest::newRow("AM") << "8:14:22 AM" << QTime(8, 14, 22);
    QTest::newRow("12 AM is midnight") << "12:05 AM" << QTime(0, 5);
    QTest::newRow("12 PM is noon") << "12:05 PM" << QTime(12, 5);
    QTest::newRow("pm lower case") << "1:30 pm" << QTime(13, 30);
    // 0.3840046 of a day is 33,178 s = 09:12:58.
    QTest::newRow("excel fraction") << "0.3840046" << QTime(9, 12, 58);
    QTest::newRow("hour 24") << "24:00" << QTime();
    QTest::newRow("minute 60") << "10:60" << QTime();
    QTest::newRow("text") << "noon" << QTime();
    QTest::newRow("empty") << "" << QTime();
    QTest::newRow("nan seconds") << "12:00:nan" << QTime();
    QTest::newRow("nan day fraction") << "nan" << QTime();
}

void TestFieldParsers::timesOfDay()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    const std::optional<QTime> time = parseTimeOfDay(text);
    QCOMPARE(time.has_value(), expected.isValid());
    if (time) {
        QCOMPARE(*time, expected);
    }
}

void TestFieldParsers::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dayFractions");
    QTest::addColumn<double>("expected"); // -1: no duration
    QTest::newRow("seconds") << "109" << false << 109.0;
    QTest::newRow("zero is a value") << "0" << false << 0.0;
    QTest::newRow("h:mm:ss") << "0:02:23" << false << 143.0;
    QTest::newRow("hours") << "1:00:01" << false << 3601.0;
    QTest::newRow("mm:ss") << "02:23" << false << 143.0;
    // 1.655E-3 of a day is 142.99 s, rounded to the whole second.
    QTest::newRow("excel fraction") << "1.655E-3" << true << 143.0;
    QTest::newRow("fraction off: plain seconds") << "0.5" << false << 0.5;
    QTest::newRow("seconds past 59") << "0:02:75" << false << -1.0;
    QTest::newRow("negative") << "-5" << false << -1.0;
    QTest::newRow("text") << "short" << false << -1.0;
    QTest::newRow("NA") << "NA" << false << -1.0;
    // No duration is infinite or NaN, however it is spelt.
    QTest::newRow("inf hours") << "inf:00" << false << -1.0;
    QTest::newRow("nan seconds") << "00:nan" << false << -1.0;
    QTest::newRow("hours past the largest double") << "1e308:00:00" << false << -1.0;
}

void TestFieldParsers::durations()
{
    QFETCH(QString, text);
    QFETCH(bool, dayFractions);
    QFETCH(double, expected);
    const std::optional<double> seconds = parseDurationSeconds(text, dayFractions);
    QCOMPARE(seconds.has_value(), expected >= 0);
    if (seconds) {
        QCOMPARE(*seconds, expected);
    }
}

void TestFieldParsers::yesNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 neither
    QTest::newRow("Y") << "Y" << 1;
    QTest::newRow("yes") << "yes" << 1;
    QTest::newRow("TRUE") << "TRUE" << 1;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("N") << "N" << 0;
    QTest::newRow("False") << "False" << 0;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("maybe") << "maybe" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestFieldParsers::yesNo()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> value = parseYesNo(text);
    QCOMPARE(value.has_value() ? int(*value) : -1, expected);
}

void TestFieldParsers::nullSentinels()
{
    for (const char *text : {"", "  ", "NULL", "null", "NA", "N/A", "0000-00-00"}) {
        QVERIFY2(isNullSentinel(QString::fromLatin1(text)), text);
    }
    for (const char *text : {"0", "none", "0:00:00", "N"}) {
        QVERIFY2(!isNullSentinel(QString::fromLatin1(text)), text);
    }
}

void TestFieldParsers::isoDateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expectedMs"); // -1: not a date and time
    // 2025-01-06T09:13:22Z is 20,094 days after 1970-01-01 (1970..2024 hold 13 leap years:
    // 55 x 365 + 13 + 5 = 20,093, plus one for 6 January) and 33,202 s into the day.
    const qint64 utc = (20'094LL * 86'400 + 9 * 3600 + 13 * 60 + 22) * 1000;
    QTest::newRow("Z") << QStringLiteral("2025-01-06T09:13:22Z") << utc;
    QTest::newRow("space, offset") << QStringLiteral("2025-01-06 10:13:22+01:00") << utc;
    QTest::newRow("compact offset") << QStringLiteral("2025-01-06T04:13:22-0500") << utc;
    QTest::newRow("hour offset") << QStringLiteral("2025-01-06T11:13:22+02") << utc;
    QTest::newRow("milliseconds") << QStringLiteral("2025-01-06T09:13:22.250Z") << utc + 250;
    QTest::newRow("one decimal") << QStringLiteral("2025-01-06T09:13:22.5Z") << utc + 500;
    QTest::newRow("no seconds") << QStringLiteral("2025-01-06T09:13Z") << utc - 22'000;
    // Without an offset the time is local to the zone given: Europe/Paris is UTC+1 in January.
    QTest::newRow("local") << QStringLiteral("2025-01-06T10:13:22") << utc;
    QTest::newRow("bad month") << QStringLiteral("2025-13-06T09:13:22Z") << qint64(-1);
    QTest::newRow("bad offset") << QStringLiteral("2025-01-06T09:13:22+1") << qint64(-1);
    QTest::newRow("date only") << QStringLiteral("2025-01-06") << qint64(-1);
    QTest::newRow("text") << QStringLiteral("yesterday at noon") << qint64(-1);
}

void TestFieldParsers::isoDateTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expectedMs);
    const std::optional<qint64> ms = parseIsoDateTime(text, QTimeZone("Europe/Paris"));
    QCOMPARE(ms.has_value(), expectedMs >= 0);
    if (ms) {
        QCOMPARE(*ms, expectedMs);
    }
}

void TestFieldParsers::countsAndShares()
{
    QCOMPARE(parseCount(u"12"), 12);
    QCOMPARE(parseCount(u" 0 "), 0);
    QCOMPARE(parseCount(u"12.0"), 12);
    for (const char16_t *bad : {u"", u"-1", u"1.5", u"lots"}) {
        QVERIFY(!parseCount(bad));
    }
    // The Kaggle daily file writes percentages, the 911 files fractions.
    QCOMPARE(*parseShare(u"94.01%"), 0.9401);
    QCOMPARE(*parseShare(u"0.9401"), 0.9401);
    QCOMPARE(*parseShare(u"94.01"), 0.9401);
    QCOMPARE(*parseShare(u"1"), 1.0);
    QCOMPARE(*parseShare(u"100.00%"), 1.0);
    for (const char16_t *bad : {u"", u"#DIV/0!", u"101%", u"-5%"}) {
        QVERIFY(!parseShare(bad));
    }
}

void TestFieldParsers::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("reads");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");

    QTest::newRow("plain") << "1250" << true << 1250.0 << "";
    QTest::newRow("US dollars") << "$1,250.00" << true << 1250.0 << "$";
    QTest::newRow("thousands only") << "$3,000" << true << 3000.0 << "$";
    QTest::newRow("millions") << "1,250,000" << true << 1250000.0 << "";
    QTest::newRow("euro, decimal comma") << "1.250,00 €" << true << 1250.0 << "€";
    QTest::newRow("code and spaces") << "EUR 1 250,50" << true << 1250.5 << "EUR";
    QTest::newRow("code after") << "980 GBP" << true << 980.0 << "GBP";
    QTest::newRow("Swiss apostrophes") << "CHF 12'500.75" << true << 12500.75 << "CHF";
    QTest::newRow("decimal comma") << "12,5" << true << 12.5 << "";
    QTest::newRow("dots group millions") << "1.250.000" << true << 1250000.0 << "";
    QTest::newRow("a single dot is decimal") << "1.250" << true << 1.25 << "";
    QTest::newRow("pounds") << "£450.00" << true << 450.0 << "£";
    QTest::newRow("negative") << "-45.5" << true << -45.5 << "";
    QTest::newRow("accounts' negative") << "($45.50)" << true << -45.5 << "$";
    QTest::newRow("words") << "twelve hundred" << false << 0.0 << "";
    QTest::newRow("a symbol alone") << "$" << false << 0.0 << "";
    QTest::newRow("two currencies") << "$ 12 EUR" << false << 0.0 << "";
    QTest::newRow("a percentage") << "12%" << false << 0.0 << "";
}

void TestFieldParsers::money()
{
    QFETCH(QString, text);
    QFETCH(bool, reads);
    QFETCH(double, amount);
    QFETCH(QString, currency);
    const std::optional<Money> money = parseMoney(text);
    QCOMPARE(money.has_value(), reads);
    if (money) {
        QCOMPARE(money->amount, amount);
        QCOMPARE(money->currency, currency);
    }
}

void TestFieldParsers::dateTimes()
{
    const QTimeZone london("Europe/London");
    auto utc = [](int y, int m, int d, int hh, int mm) {
        return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc()).toMSecsSinceEpoch();
    };
    // ISO with an offset keeps it; without one it is local (BST in July: UTC+1).
    QCOMPARE(*parseDateTime(u"2025-07-01T09:30:00-05:00", DateOrder::DayMonthYear, london),
             utc(2025, 7, 1, 14, 30));
    QCOMPARE(*parseDateTime(u"2025-07-01 09:30", DateOrder::DayMonthYear, london),
             utc(2025, 7, 1, 8, 30));
    QCOMPARE(*parseDateTime(u"01/07/2025 9:30 PM", DateOrder::DayMonthYear, london),
             utc(2025, 7, 1, 20, 30));
    QCOMPARE(*parseDateTime(u"07/01/2025 21:30", DateOrder::MonthDayYear, london),
             utc(2025, 7, 1, 20, 30));
    // A date alone is local midnight.
    QCOMPARE(*parseDateTime(u"1-Jul-25", DateOrder::Unknown, london), utc(2025, 6, 30, 23, 0));
    // 01:30 on 30 March 2025 does not exist in London: the clocks went from 01:00 to 02:00.
    QVERIFY(!parseDateTime(u"30/03/2025 01:30", DateOrder::DayMonthYear, london));
    QVERIFY(!parseDateTime(u"31/02/2025 10:00", DateOrder::DayMonthYear, london));
    QVERIFY(!parseDateTime(u"01/07/2025 25:00", DateOrder::DayMonthYear, london));
    QVERIFY(!parseDateTime(u"soon", DateOrder::DayMonthYear, london));
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
