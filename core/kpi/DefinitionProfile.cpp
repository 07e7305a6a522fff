#include "DefinitionProfile.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionProfile)
};

/// A profile name as typed on a command line, for comparison: lower case, no spaces or dashes.
QString folded(const QString &name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return key;
}

} // namespace

DefinitionProfile DefinitionProfile::standard()
{
    DefinitionProfile profile;
    profile.name = QStringLiteral("Standard");
    return profile;
}

DefinitionProfile DefinitionProfile::icmiStrict()
{
    // Every abandon counts against service level and abandonment, however short.
    DefinitionProfile profile;
    profile.name = QStringLiteral("ICMI strict");
    profile.serviceLevelFormula = ServiceLevelFormula::AnsweredWithinOverOffered;
    profile.shortAbandonSeconds = 0;
    return profile;
}

DefinitionProfile DefinitionProfile::aircallLike()
{
    // Aircall's "inbound in SLA" is over answered calls; its own short-abandon rule is 10 s.
    // Its time to answer leaves out the voice menu, as every stored wait here does.
    DefinitionProfile profile;
    profile.name = QStringLiteral("Aircall-like");
    profile.serviceLevelFormula = ServiceLevelFormula::AnsweredWithinOverAnswered;
    profile.shortAbandonSeconds = 10;
    return profile;
}

DefinitionProfile DefinitionProfile::asteriskServiceLevelPerf()
{
    // app_queue's ServiceLevelPerf: calls completed within the queue's servicelevel setting over
    // calls completed, timed from queue entry, inclusive. The setting is not in any log, so its
    // 60 s default stands for it; Asterisk has no short abandons.
    DefinitionProfile profile;
    profile.name = QStringLiteral("Asterisk ServiceLevelPerf");
    profile.serviceLevelFormula = ServiceLevelFormula::AnsweredWithinOverAnswered;
    profile.serviceLevelThresholdSeconds = 60;
    profile.shortAbandonSeconds = 0;
    return profile;
}

QList<DefinitionProfile> DefinitionProfile::builtIn()
{
    return {standard(), icmiStrict(), aircallLike(), asteriskServiceLevelPerf()};
}

std::optional<DefinitionProfile> DefinitionProfile::builtInNamed(const QString &name)
{
    for (const DefinitionProfile &profile : builtIn()) {
        if (folded(profile.name) == folded(name)) {
            return profile;
        }
    }
    return std::nullopt;
}

QString DefinitionProfile::serviceLevelFormulaId() const
{
    static const char *const ids[] =
        {"SL-A", "SL-B", "SL-C", "SL-D", "SL-E", "SL-F", "SL-G", "SL-H"};
    return QString::fromLatin1(ids[static_cast<int>(serviceLevelFormula)]);
}

QString DefinitionProfile::serviceLevelFormulaText() const
{
    const QString t = QString::number(serviceLevelThresholdSeconds);
    const QString s = QString::number(shortAbandonSeconds);
    switch (serviceLevelFormula) {
    case ServiceLevelFormula::AnsweredWithinOverAnswered:
        return Text::tr("answered within %1 s / answered").arg(t);
    case ServiceLevelFormula::AnsweredWithinOverOffered:
        return Text::tr("answered within %1 s / answered + abandoned").arg(t);
    case ServiceLevelFormula::AnsweredWithinOverOfferedLessShort:
        return shortAbandonSeconds > 0
                   ? Text::tr("answered within %1 s / answered + abandoned after more than %2 s")
                         .arg(t, s)
                   : Text::tr("answered within %1 s / answered + abandoned").arg(t);
    case ServiceLevelFormula::AnsweredWithinOverOfferedLessEarly:
        return Text::tr("answered within %1 s / answered + abandoned after %1 s").arg(t);
    case ServiceLevelFormula::WithinOverOffered:
        return Text::tr("answered or abandoned within %1 s / answered + abandoned").arg(t);
    case ServiceLevelFormula::AnsweredWithinOrShortOverOffered:
        return Text::tr("answered within %1 s or abandoned within %2 s / answered + abandoned")
            .arg(t, s);
    case ServiceLevelFormula::AnsweredWithinOverOfferedAndBreakouts:
        return Text::tr("answered within %1 s / answered + abandoned + left by a key").arg(t);
    case ServiceLevelFormula::AnsweredOrMissedWithinOverAnsweredMissed:
        return Text::tr("answered or missed within %1 s / answered + missed").arg(t);
    }
    return QString();
}

} // namespace callboard
