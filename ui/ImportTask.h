#pragma once

#include "import/Importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace callboard::ui {

/// Imports files into a workspace on a worker thread, with its own connection to the workspace
/// (SQLite connections belong to one thread), so the window stays responsive. Move it to a
/// QThread and call run() there; cancel() may be called from any thread and stops the file in
/// progress, which then changes nothing.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    ImportTask(QString workspacePath,
               QStringList files,
               ImportOptions options = {},
               QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /// Progress through the file at @p fileIndex, in per-mille of its size.
    void progress(int fileIndex, int perMille);
    void fileFinished(const callboard::FileImportResult &result);
    /// After the last file, or when the workspace could not be opened (@p error set).
    void finished(const QString &error);

private:
    QString m_workspacePath;
    QStringList m_files;
    ImportOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace callboard::ui

Q_DECLARE_METATYPE(callboard::FileImportResult)
