#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace callboard {

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(),
                  QStringLiteral("callboard"),
                  QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("callboard_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        qCWarning(lcStore) << "no translation catalogue found under :/i18n";
    }
}

} // namespace callboard
