// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays saved inputs through a fuzz target in ordinary builds (no libFuzzer needed):
// every file under the folders given (a missing folder holds none) runs once; a crash fails the
// test, and the input's path, printed before it runs, is the last line of the output.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 0;
    for (const QString &dir : QCoreApplication::arguments().mid(1)) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            QTextStream(stderr) << "replaying " << f.fileName() << Qt::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++count;
        }
    }
    QTextStream(stdout) << "replayed " << count << " inputs\n";
    return count > 0 ? 0 : 1;
}
