#include "ImportTask.h"

#include "store/Workspace.h"

namespace callboard::ui {

ImportTask::ImportTask(QString workspacePath,
                       QStringList files,
                       ImportOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_files(std::move(files))
    , m_options(std::move(options))
{
    qRegisterMetaType<callboard::FileImportResult>();
}

void ImportTask::run()
{
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
    if (!workspace) {
        Q_EMIT finished(workspace.error().toString());
        return;
    }
    Importer importer(**workspace);
    for (int index = 0; index < m_files.size() && !m_cancelled; ++index) {
        importer.setProgressCallback([this, index](qint64 done, qint64 total) {
            Q_EMIT progress(index, total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            return !m_cancelled.load();
        });
        Q_EMIT fileFinished(importer.importFile(m_files.at(index), m_options));
    }
    Q_EMIT finished(QString());
}

} // namespace callboard::ui
