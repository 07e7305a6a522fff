#include "ReferenceValue.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceValue)
};

} // namespace

QList<ReferenceValue> ReferenceValue::shipped()
{
    const QString kpiId = QStringLiteral("lead_response_time");
    // A citation of an English article, kept as written in every language.
    const QString source = QStringLiteral("CloudTalk, call-tracking metrics article");
    QList<ReferenceValue> values;
    // The article's figures, in minutes: healthcare 2 h 05 min, telecom 16 min, small business
    // 48 min, mid-size business 1 h 38 min, enterprise 1 h 28 min.
    for (const auto &[key, label, minutes] : {
             std::tuple{"healthcare",
                        QT_TRANSLATE_NOOP("ReferenceValue", "Healthcare"),
                        2 * 60 + 5},
             std::tuple{"telecom", QT_TRANSLATE_NOOP("ReferenceValue", "Telecom"), 16},
             std::tuple{"small_business",
                        QT_TRANSLATE_NOOP("ReferenceValue", "Small business"),
                        48},
             std::tuple{"mid_size_business",
                        QT_TRANSLATE_NOOP("ReferenceValue", "Mid-size business"),
                        60 + 38},
             std::tuple{"enterprise", QT_TRANSLATE_NOOP("ReferenceValue", "Enterprise"), 60 + 28},
         }) {
        ReferenceValue value;
        value.id = kpiId + u'.' + QLatin1String(key);
        value.kpiId = kpiId;
        value.label = Text::tr(label);
        value.value = minutes * 60.0;
        value.source = source;
        values.append(value);
    }
    return values;
}

} // namespace callboard
