#include "DashboardWidget.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "Theme.h"
#include "common/Translations.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiFormat.h"
#include "kpi/WorkspaceTargets.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

using namespace callboard;

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

/// On Linux a GUI needs an X11 or Wayland display; without one (a server, a container, CI) the
/// app renders offscreen instead of failing. Must run before QApplication exists.
bool displayMissing()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0) {
            return true;
        }
    }
    return false;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

/// The demo workspace in the user's data folder, importing @p log into it the first time.
Expected<QString> prepareDemo(const QString &log)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        return Error{Text::tr("Cannot create the data folder."), folder, 0, 0};
    }
    const QString path = folder + QStringLiteral("/demo.sqlite");
    Expected<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace) {
        return workspace.error();
    }
    const auto imports = ImportLog(**workspace).imports();
    if (!imports) {
        return imports.error();
    }
    if (!imports->isEmpty()) {
        return path;
    }
    QTextStream(stdout) << Text::tr("Importing the demo call log %1 into %2…")
                               .arg(QDir::toNativeSeparators(log), QDir::toNativeSeparators(path))
                        << Qt::endl;
    Importer importer(**workspace);
    const FileImportResult result = importer.importFile(log, ImportOptions{});
    if (result.refusal) {
        return *result.refusal;
    }
    return path;
}

void printSummary(const QString &path)
{
    Expected<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace) {
        return;
    }
    const KpiEngine engine(**workspace,
                           KpiCalculator(DefinitionProfile::standard(),
                                         WorkspaceTargets(**workspace).targetsOrDefaults()));
    const auto kpis = engine.kpis(CallFilter{});
    const auto range = engine.dataRange(CallFilter{});
    if (!kpis || !range) {
        return;
    }
    QTextStream out(stdout);
    if (*range) {
        out << Text::tr("KPIs from %1 to %2 (%3 profile, times in %4):")
                   .arg((*range)->first.toString(Qt::ISODate),
                        (*range)->second.toString(Qt::ISODate),
                        engine.calculator().profile().name,
                        QString::fromUtf8((*workspace)->reportTimeZone().id()))
            << Qt::endl;
    }
    out << formatKpiTable(*kpis);
}

/// Qt's offscreen platform and QStandardPaths warn about things that do not matter for a picture
/// rendered without a display; keep them off the user's terminal, and pass everything else on.
QtMessageHandler defaultMessageHandler = nullptr;

void quietOffscreenMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
        || text.startsWith(QLatin1String("This plugin does not support propagateSizeHints"))) {
        return;
    }
    defaultMessageHandler(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = displayMissing();
    // A screenshot renders offscreen even where a display exists: no window flashes up, and the
    // picture does not depend on the desktop's theme.
    if (headless
        || (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen")) {
        defaultMessageHandler = qInstallMessageHandler(quietOffscreenMessages);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Callboard"));
    QApplication::setApplicationName(QStringLiteral("Callboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Callboard"));
    QApplication::setApplicationVersion(QStringLiteral(CALLBOARD_VERSION));
    callboard::installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/callboard/callboard.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.callboard.Callboard"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Call-centre KPI dashboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Text::tr("Open this workspace."),
                                      QStringLiteral("W.sqlite"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Text::tr("Open the demo workspace in the data folder, importing "
                 "LOG into it the first time."),
        QStringLiteral("LOG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Text::tr("Render the dashboard to this PNG and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        Text::tr("Window size for --screenshot (default 1440x900)."),
        QStringLiteral("WxH"),
        QStringLiteral("1440x900"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         Text::tr("Colour theme: system, light or dark."),
                                         QStringLiteral("THEME"),
                                         QStringLiteral("system"));
    parser.addOptions({dbOption, demoOption, screenshotOption, sizeOption, themeOption});
    parser.process(app);

    QTextStream err(stderr);
    const std::optional<QSize> size = parseSize(parser.value(sizeOption));
    if (!size) {
        err << Text::tr("--size takes WIDTHxHEIGHT, for example 1440x900.") << Qt::endl;
        return 2;
    }
    const std::optional<ui::Theme> theme = ui::themeFromName(parser.value(themeOption));
    if (!theme) {
        err << Text::tr("--theme takes system, light or dark.") << Qt::endl;
        return 2;
    }
    ui::applyTheme(*theme);

    QString path = parser.value(dbOption);
    if (parser.isSet(demoOption)) {
        const Expected<QString> demo = prepareDemo(parser.value(demoOption));
        if (!demo) {
            err << demo.error().toString() << Qt::endl;
            return 1;
        }
        path = *demo;
    }

    ui::MainWindow window;
    if (!path.isEmpty()) {
        if (const Status status = window.openWorkspace(path); !status) {
            err << status.error().toString() << Qt::endl;
            return 1;
        }
    }

    QString screenshot = parser.value(screenshotOption);
    if (headless && screenshot.isEmpty()) {
        // The picture goes beside the workspace it shows, named after it.
        const QFileInfo workspace(path);
        screenshot = path.isEmpty()
                         ? QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                   + QStringLiteral("/dashboard.png"))
                         : QString(workspace.absolutePath() + u'/' + workspace.completeBaseName()
                                   + QStringLiteral("-dashboard.png"));
        QDir().mkpath(QFileInfo(screenshot).absolutePath());
        QTextStream(stdout) << Text::tr(
            "No display is available, so Callboard cannot open its window. "
            "It prints the KPI summary and writes a picture of the "
            "dashboard instead.")
                            << Qt::endl;
        if (!path.isEmpty()) {
            printSummary(path);
        }
    }
    if (!screenshot.isEmpty()) {
        if (const Status status = ui::saveScreenshot(&window, *size, screenshot); !status) {
            err << status.error().toString() << Qt::endl;
            return 1;
        }
        if (window.size() != *size) {
            err << Text::tr("The dashboard needs at least %1x%2; the picture is that size.")
                       .arg(window.width())
                       .arg(window.height())
                << Qt::endl;
        }
        QTextStream(stdout)
            << Text::tr("Dashboard written to %1").arg(QDir::toNativeSeparators(screenshot))
            << Qt::endl;
        return 0;
    }
    window.restoreLayout();
    window.show();
    return QApplication::exec();
}
