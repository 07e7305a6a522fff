#include "Screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace callboard::ui {

Status saveScreenshot(QWidget *widget, const QSize &size, const QString &path)
{
    widget->resize(size);
    widget->show();
    // Two rounds of events: one to lay out, one for what the layout scheduled (chart geometry).
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (!QFileInfo(path).absoluteDir().exists()) {
        return Error{QCoreApplication::translate("callboard::ui",
                                                 "Cannot write the screenshot: its folder does "
                                                 "not exist."),
                     path,
                     0,
                     0};
    }
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        return Error{QCoreApplication::translate("callboard::ui", "Cannot write the screenshot."),
                     path,
                     0,
                     0};
    }
    return {};
}

} // namespace callboard::ui
