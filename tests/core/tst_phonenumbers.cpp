#include "phone/CallNumberPolicy.h"
#include "phone/PhoneNumberHasher.h"
#include "phone/PhoneNumberNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace callboard;

// Every number here is fictional: 020 7946 0xxx and 07700 900xxx are Ofcom's ranges for drama,
// 555-01xx North America's, and the Slovak and Greek numbers are CloudTalk's documentation
// examples.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void significantDigitsFindTheNumberInOtherText();
    void regions();
    void hashesAreSaltedAndStable();
    void rawRecordsLoseTheNumberInEveryWriting();
    void policyKeepsTheSourceTextOnlyWhereTheHomeCountryDecided();
    void policyHashesCallerAndCalleeButNotTheTrackingNumber();
};

void TestPhoneNumbers::normalize_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("readWithHome");

    const QString london = QStringLiteral("+442079460018");
    const QString sanFrancisco = QStringLiteral("+14155550100");
    // With a country code the home country plays no part.
    QTest::newRow("international, spaced") << "+44 20 7946 0018"
                                           << "GB" << london << false;
    QTest::newRow("international, no home") << "+44 20 7946 0018"
                                            << "" << london << false;
    QTest::newRow("international, (0) of the national prefix") << "+44 (0)20 7946 0018"
                                                               << "US" << london << false;
    // Written as E.164 already: read without the parser, to the same result.
    QTest::newRow("E.164") << "+442079460018"
                           << "US" << london << false;
    QTest::newRow("E.164, Italian leading zero") << "+390212345678"
                                                 << ""
                                                 << "+390212345678" << false;
    QTest::newRow("E.164, non-geographic") << "+80012345678"
                                           << ""
                                           << "+80012345678" << false;
    QTest::newRow("E.164, impossible") << "+4420"
                                       << "GB"
                                       << "+4420" << false;
    QTest::newRow("E.164, no such country code") << "+999123456789"
                                                 << "GB"
                                                 << "+999123456789" << false;
    QTest::newRow("international, NANP dashes") << "+1 415-555-0100"
                                                << "GB" << sanFrancisco << false;
    // +1 555 is no area code: not a valid number, but of a possible length after a + the
    // source gave, so kept in E.164 (the synthetic log's callers).
    QTest::newRow("international, possible only") << "+1 555 200 0000"
                                                  << "GB"
                                                  << "+15552000000" << false;
    // Too short to be any number after +1: digits kept, no E.164 claimed.
    QTest::newRow("international, impossible") << "+1 23"
                                               << "GB"
                                               << "+123" << false;
    // The home country's own international prefix: 00 in the UK, 011 in North America.
    QTest::newRow("00 prefix, home GB") << "0044 20 7946 0018"
                                        << "GB" << london << true;
    QTest::newRow("011 prefix, home US") << "011 44 20 7946 0018"
                                         << "US" << london << true;
    // Without a home country, 00 is read as the prefix most regions use.
    QTest::newRow("00 prefix, no home") << "0044 20 7946 0018"
                                        << "" << london << true;
    // National numbers are read in the home country, national prefix dropped.
    QTest::newRow("national, GB") << "020 7946 0018"
                                  << "GB" << london << true;
    QTest::newRow("national, US brackets") << "(415) 555-0100"
                                           << "US" << sanFrancisco << true;
    QTest::newRow("national, US digits") << "4155550100"
                                         << "US" << sanFrancisco << true;
    // Not a valid number in the home country, and too short to carry a country code: digits.
    QTest::newRow("national, wrong home") << "4155550100"
                                          << "GB"
                                          << "4155550100" << true;
    QTest::newRow("national, no home") << "020 7946 0018"
                                       << ""
                                       << "02079460018" << true;
    // 07700 900xxx is reserved for drama, so libphonenumber knows it as no valid number.
    QTest::newRow("national, unallocated range") << "07700 900123"
                                                 << "GB"
                                                 << "07700900123" << true;
    // Twelve digits, no +: not a GB number, but a valid Slovak one with its country code
    // (CloudTalk sends numbers so).
    QTest::newRow("country code without +, home GB") << "421904247371"
                                                     << "GB"
                                                     << "+421904247371" << true;
    QTest::newRow("country code without +, no home") << "421904247371"
                                                     << ""
                                                     << "+421904247371" << true;
    // URIs are read by their user part.
    QTest::newRow("SIP URI") << "sip:+14155550100@pbx.example.com"
                             << "" << sanFrancisco << false;
    QTest::newRow("SIP URI with parameters") << "sip:+14155550100@pbx.example.com;transport=udp"
                                             << "GB" << sanFrancisco << false;
    QTest::newRow("tel URI") << "tel:+44-20-7946-0018"
                             << "" << london << false;
    QTest::newRow("SIP extension") << "sip:1001@pbx.example.com"
                                   << "GB"
                                   << "1001" << false;
    // Names and extensions are no E.164 numbers: kept as given.
    QTest::newRow("SIP name") << "sip:alice@pbx.example.com"
                              << "GB"
                              << "sip:alice@pbx.example.com" << false;
    QTest::newRow("Twilio client") << "client:alice"
                                   << "US"
                                   << "client:alice" << false;
    QTest::newRow("extension") << "1001"
                               << "GB"
                               << "1001" << false;
    QTest::newRow("six-digit extension") << "200145"
                                         << "GB"
                                         << "200145" << false;
    QTest::newRow("short code") << "999"
                                << "GB"
                                << "999" << false;
    QTest::newRow("letters") << "1-800-FLOWERS"
                             << "US"
                             << "1-800-FLOWERS" << false;
    QTest::newRow("kept as given, trimmed") << "  client:bob "
                                            << "US"
                                            << "client:bob" << false;
    // Withheld callers are no number, so that they are not taken for one repeat caller.
    QTest::newRow("anonymous") << "anonymous"
                               << "GB"
                               << "" << false;
    QTest::newRow("Withheld") << "Withheld"
                              << "GB"
                              << "" << false;
    QTest::newRow("RESTRICTED") << "RESTRICTED"
                                << "US"
                                << "" << false;
    QTest::newRow("empty") << ""
                           << "GB"
                           << "" << false;
    QTest::newRow("blank") << "   "
                           << "GB"
                           << "" << false;
}

void TestPhoneNumbers::normalize()
{
    QFETCH(QString, given);
    QFETCH(QString, home);
    QFETCH(QString, expected);
    QFETCH(bool, readWithHome);
    PhoneNumberNormalizer normalizer(home);
    const NormalizedNumber first = normalizer.normalize(given);
    QCOMPARE(first.number, expected);
    QCOMPARE(first.readWithHomeCountry, readWithHome);
    // The cached answer is the same.
    QCOMPARE(normalizer.normalize(given).number, expected);
}

void TestPhoneNumbers::significantDigitsFindTheNumberInOtherText()
{
    PhoneNumberNormalizer normalizer(QStringLiteral("GB"));
    // The national significant number: country code and national prefix dropped.
    QCOMPARE(normalizer.normalize(QStringLiteral("+44 20 7946 0018")).significantDigits,
             QStringLiteral("2079460018"));
    QCOMPARE(normalizer.normalize(QStringLiteral("07700 900123")).significantDigits,
             QStringLiteral("07700900123"));
    QCOMPARE(normalizer.normalize(QStringLiteral("1001")).significantDigits, QString());
    // The same from E.164 read without the parser, Italy's leading zero kept.
    QCOMPARE(normalizer.normalize(QStringLiteral("+442079460018")).significantDigits,
             QStringLiteral("2079460018"));
    QCOMPARE(normalizer.normalize(QStringLiteral("+390212345678")).significantDigits,
             QStringLiteral("0212345678"));
    QCOMPARE(normalizer.normalize(QStringLiteral("+39 02 1234 5678")).significantDigits,
             QStringLiteral("0212345678"));
}

void TestPhoneNumbers::regions()
{
    QVERIFY(PhoneNumberNormalizer::isKnownRegion(QStringLiteral("GB")));
    QVERIFY(PhoneNumberNormalizer::isKnownRegion(QStringLiteral("us")));
    QVERIFY(!PhoneNumberNormalizer::isKnownRegion(QStringLiteral("UK"))); // GB is the code
    QVERIFY(!PhoneNumberNormalizer::isKnownRegion(QString()));
    QCOMPARE(PhoneNumberNormalizer::regionOfLocale(QLocale(QStringLiteral("en_GB"))),
             QStringLiteral("GB"));
    QCOMPARE(PhoneNumberNormalizer::regionOfLocale(QLocale(QStringLiteral("de_AT"))),
             QStringLiteral("AT"));
    QCOMPARE(PhoneNumberNormalizer::regionOfLocale(QLocale::c()), QString());
    // An unknown home country is none.
    QCOMPARE(PhoneNumberNormalizer(QStringLiteral("UK")).homeCountry(), QString());
    QCOMPARE(PhoneNumberNormalizer(QStringLiteral("gb")).homeCountry(), QStringLiteral("GB"));
}

void TestPhoneNumbers::hashesAreSaltedAndStable()
{
    PhoneNumberHasher hasher(QByteArray(32, 'a'));
    const QString hash = hasher.hash(QStringLiteral("+442079460018"));
    // "hash:" and 128 bits in base64url without padding: 22 characters.
    QCOMPARE(hash.size(), 5 + 22);
    QVERIFY(hash.startsWith(QLatin1String("hash:")));
    QVERIFY(PhoneNumberHasher::isHash(hash));
    QVERIFY(!hash.contains(QLatin1String("2079460018")));
    QCOMPARE(hasher.hash(QStringLiteral("+442079460018")), hash);
    QVERIFY(hasher.hash(QStringLiteral("+442079460019")) != hash);
    QCOMPARE(hasher.hash(hash), hash); // hashing twice changes nothing
    QCOMPARE(hasher.hash(QString()), QString());
    // Another workspace, another salt, another hash.
    PhoneNumberHasher other(QByteArray(32, 'b'));
    QVERIFY(other.hash(QStringLiteral("+442079460018")) != hash);
    // Fresh salts differ.
    QVERIFY(PhoneNumberHasher::newSalt() != PhoneNumberHasher::newSalt());
    QCOMPARE(PhoneNumberHasher::newSalt().size(), 32);
}

void TestPhoneNumbers::rawRecordsLoseTheNumberInEveryWriting()
{
    PhoneNumberNormalizer normalizer(QStringLiteral("GB"));
    PhoneNumberHasher hasher(QByteArray(32, 'a'));
    const QString caller = QStringLiteral("+44 20 7946 0018");
    const QString extension = QStringLiteral("1001");
    const QList<NumberToHide> numbers{{caller, normalizer.normalize(caller)},
                                      {extension, normalizer.normalize(extension)}};
    const QString callerHash = hasher.hash(QStringLiteral("+442079460018"));
    const QString extensionHash = hasher.hash(extension);

    // A CSV row: the number as written, inside a caller id, as the national form; the
    // extension as a whole field. A date whose digits hold "1001" is left alone: short numbers
    // are matched only whole.
    const QString row = QStringLiteral(R"(["C1","+44 20 7946 0018","\"Alice\" <02079460018>",)"
                                       R"("2021-10-01 10:01:00","1001","Support"])");
    const QJsonArray hidden =
        QJsonDocument::fromJson(hasher.hideInRawRecord(row, numbers).toUtf8()).array();
    QCOMPARE(hidden.size(), 6);
    QCOMPARE(hidden.at(0).toString(), QStringLiteral("C1"));
    QCOMPARE(hidden.at(1).toString(), callerHash);
    QCOMPARE(hidden.at(2).toString(), callerHash);
    QCOMPARE(hidden.at(3).toString(), QStringLiteral("2021-10-01 10:01:00"));
    QCOMPARE(hidden.at(4).toString(), extensionHash);
    QCOMPARE(hidden.at(5).toString(), QStringLiteral("Support"));

    // An API object, the number sent as a JSON number and inside a SIP URI, nested.
    const QString slovak = QStringLiteral("421904247371");
    const QList<NumberToHide> api{{slovak, normalizer.normalize(slovak)}};
    const QString object = QStringLiteral(R"({"Cdr":{"id":7,"public_external":421904247371},)"
                                          R"("legs":[{"to":"sip:+421904247371@pbx"}]})");
    const QJsonObject apiHidden =
        QJsonDocument::fromJson(hasher.hideInRawRecord(object, api).toUtf8()).object();
    const QString slovakHash = hasher.hash(QStringLiteral("+421904247371"));
    QCOMPARE(apiHidden.value(QLatin1String("Cdr"))
                 .toObject()
                 .value(QLatin1String("public_external"))
                 .toString(),
             slovakHash);
    QCOMPARE(apiHidden.value(QLatin1String("Cdr")).toObject().value(QLatin1String("id")).toInt(),
             7);
    QCOMPARE(apiHidden.value(QLatin1String("legs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("to"))
                 .toString(),
             slovakHash);

    // Nothing to hide: the record is kept byte for byte; not JSON: dropped.
    const QString plain = QStringLiteral(R"(["C2", "Support"])");
    QCOMPARE(hasher.hideInRawRecord(plain, numbers), plain);
    QCOMPARE(hasher.hideInRawRecord(QStringLiteral("C1;+44 20 7946 0018"), numbers), QString());
}

void TestPhoneNumbers::policyKeepsTheSourceTextOnlyWhereTheHomeCountryDecided()
{
    CallNumberPolicy policy(QStringLiteral("GB"), std::nullopt);
    Call call;
    call.callerNumber = QStringLiteral("020 7946 0018");
    call.calleeNumber = QStringLiteral("1001");
    call.trackingNumber = QStringLiteral("+44 20 7946 0999");
    call.rawRecord = QStringLiteral(R"(["020 7946 0018"])");
    policy.apply(call);
    QCOMPARE(call.callerNumber, QStringLiteral("+442079460018"));
    QCOMPARE(call.callerNumberAsGiven, QStringLiteral("020 7946 0018"));
    QCOMPARE(call.calleeNumber, QStringLiteral("1001"));
    QCOMPARE(call.calleeNumberAsGiven, QString());
    QCOMPARE(call.trackingNumber, QStringLiteral("+442079460999"));
    QCOMPARE(call.trackingNumberAsGiven, QString());
    QCOMPARE(call.rawRecord, QStringLiteral(R"(["020 7946 0018"])")); // what the source wrote

    // Read again with another home country, from the text kept.
    CallNumberPolicy american(QStringLiteral("US"), std::nullopt);
    american.apply(call);
    QCOMPARE(call.callerNumber, QStringLiteral("02079460018")); // no valid US number
    QCOMPARE(call.callerNumberAsGiven, QStringLiteral("020 7946 0018"));
}

void TestPhoneNumbers::policyHashesCallerAndCalleeButNotTheTrackingNumber()
{
    const QByteArray salt(32, 's');
    CallNumberPolicy policy(QStringLiteral("GB"), salt);
    QVERIFY(policy.hashes());
    Call call;
    call.callerNumber = QStringLiteral("020 7946 0018");
    call.calleeNumber = QStringLiteral("+44 20 7946 0999");
    call.trackingNumber = QStringLiteral("+44 20 7946 0999");
    call.rawRecord = QStringLiteral(R"(["C1","020 7946 0018","+44 20 7946 0999","Support"])");
    policy.apply(call);
    PhoneNumberHasher hasher(salt);
    const QString callerHash = hasher.hash(QStringLiteral("+442079460018"));
    const QString lineHash = hasher.hash(QStringLiteral("+442079460999"));
    QCOMPARE(call.callerNumber, callerHash);
    QCOMPARE(call.callerNumberAsGiven, QString()); // no clear text kept
    QCOMPARE(call.calleeNumber, lineHash);
    QCOMPARE(call.trackingNumber, QStringLiteral("+442079460999"));
    QCOMPARE(call.callerKey(), callerHash);
    QCOMPARE(call.rawRecord,
             QStringLiteral(R"(["C1",")") + callerHash + QStringLiteral(R"(",")") + lineHash
                 + QStringLiteral(R"(","Support"])"));
    // The same caller written another way hashes the same.
    Call again;
    again.callerNumber = QStringLiteral("+44 (0)20 7946 0018");
    policy.apply(again);
    QCOMPARE(again.callerNumber, callerHash);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
