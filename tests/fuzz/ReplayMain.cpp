// Replays a fuzz corpus through a harness's LLVMFuzzerTestOneInput, for builds without
// libFuzzer: ctest runs each harness over its committed seeds and regression inputs this way.

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

/// Runs the harness on one file; false when it cannot be read.
bool replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // A copy of exactly the input's size, so that AddressSanitizer sees any read past its end.
    auto *copy = new std::uint8_t[std::size_t(bytes.size())];
    std::copy(bytes.cbegin(), bytes.cend(), copy);
    LLVMFuzzerTestOneInput(copy, std::size_t(bytes.size()));
    delete[] copy;
    return true;
}

} // namespace

/// Arguments: corpus folders (every file in them, in name order) or single files.
int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        QStringList paths;
        if (QFileInfo(argument).isDir()) {
            const QDir folder(argument);
            for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
                paths.append(folder.filePath(name));
            }
        } else {
            paths.append(argument);
        }
        for (const QString &path : std::as_const(paths)) {
            if (!replay(path)) {
                return 1;
            }
            ++replayed;
        }
    }
    std::printf("replay: %d inputs, no failure\n", replayed);
    // No input at all means the corpus went missing, which must not pass as a green test.
    return replayed > 0 ? 0 : 1;
}
