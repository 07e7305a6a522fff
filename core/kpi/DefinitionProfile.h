#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace callboard {

/// The service-level formulas in use across the industry (docs/metrics.md, "Service level
/// variants"). ans≤T: answered within T; abn≤T, abn≤S: abandoned within T, within S.
enum class ServiceLevelFormula {
    AnsweredWithinOverAnswered,            ///< SL-A: ans≤T / answered
    AnsweredWithinOverOffered,             ///< SL-B: ans≤T / (answered + abandoned)
    AnsweredWithinOverOfferedLessShort,    ///< SL-C: ans≤T / (answered + abandoned − abn≤S)
    AnsweredWithinOverOfferedLessEarly,    ///< SL-D: ans≤T / (answered + abandoned after T)
    WithinOverOffered,                     ///< SL-E: (ans≤T + abn≤T) / (answered + abandoned)
    AnsweredWithinOrShortOverOffered,      ///< SL-F: (ans≤T + abn≤S) / (answered + abandoned)
    AnsweredWithinOverOfferedAndBreakouts, ///< SL-G: ans≤T / (answered + abandoned + key exits)
    /// SL-H: (ans≤T + missed≤T) / (answered + missed)
    AnsweredOrMissedWithinOverAnsweredMissed,
};

/// The definition choices behind the KPIs, named so that a figure can say which it follows and a
/// team lead can match the numbers of their phone system. The shipped profiles are those of
/// docs/metrics.md, Part 1; the Standard one is the default.
struct DefinitionProfile
{
    QString name;
    ServiceLevelFormula serviceLevelFormula =
        ServiceLevelFormula::AnsweredWithinOverOfferedLessShort;
    double serviceLevelThresholdSeconds = 20; ///< T: answered within T counts as in service level.
    /// S: abandons that waited S or less are short, left out of service level and abandonment
    /// (and counted in, under SL-F). 0: no abandon is short.
    double shortAbandonSeconds = 5;
    int fcrWindowDays = 7; ///< W: a repeat call within W undoes FCR.

    static DefinitionProfile standard();
    static DefinitionProfile icmiStrict();
    static DefinitionProfile aircallLike();
    static DefinitionProfile asteriskServiceLevelPerf();

    /// Every profile that ships, Standard first.
    static QList<DefinitionProfile> builtIn();
    /// The shipped profile called @p name, matched without regard to case, spaces or dashes
    /// ("ICMI strict", "icmi-strict").
    static std::optional<DefinitionProfile> builtInNamed(const QString &name);

    /// "SL-A" ... "SL-H".
    QString serviceLevelFormulaId() const;
    /// The formula in words, with this profile's T and S: "answered within 20 s / answered".
    QString serviceLevelFormulaText() const;
};

} // namespace callboard
