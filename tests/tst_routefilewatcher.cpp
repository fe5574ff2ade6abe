// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/RouteFileWatcher.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MockBench;

class tst_RouteFileWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Save { InPlace, RenameOver, SaveFile };
    Q_ENUM(Save)

private:
    QString routeFile() const { return m_dir->filePath(u"routes.mockbench.json"_s); }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(content) == content.size();
    }

    /// Saves @p content to @p path the way one kind of editor does.
    bool save(Save how, const QString &path, const QByteArray &content)
    {
        switch (how) {
        case Save::InPlace:
            return writeFile(path, content);
        case Save::RenameOver: {
            // vim and VS Code: a new file beside the old one, renamed over it (QFile::rename
            // refuses to replace, rename(2) replaces atomically).
            const QString temporary = path + u".swp"_s;
            return writeFile(temporary, content)
                && std::rename(QFile::encodeName(temporary).constData(),
                       QFile::encodeName(path).constData())
                == 0;
        }
        case Save::SaveFile: {
            QSaveFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
                && file.commit();
        }
        }
        return false;
    }

    /// Changes a sibling file watched by a watcher that waits five times longer to settle, and
    /// waits for that watcher: by then any watcher with the default settle time has handled
    /// whatever the test did before, so "no signal yet" really means "no signal".
    [[nodiscard]] bool settleAfter()
    {
        const QString controlPath = m_dir->filePath(u"control.json"_s);
        RouteFileWatcher control;
        control.setSettleTime(RouteFileWatcher::DefaultSettleTimeMs * 5);
        control.setPath(controlPath);
        QSignalSpy changed(&control, &RouteFileWatcher::fileChanged);
        ++m_controlEdits;
        return writeFile(controlPath, "control " + QByteArray::number(m_controlEdits))
            && changed.wait(10000) && changed.count() == 1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_controlEdits = 0;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(routeFile(), "routes: none"));
        QVERIFY(writeFile(m_dir->filePath(u"control.json"_s), "control 0"));
    }

    void cleanup() { m_dir.reset(); }

    void reportsAbsolutePath()
    {
        RouteFileWatcher watcher;
        QVERIFY(watcher.path().isEmpty());
        watcher.setPath(routeFile());
        QCOMPARE(watcher.path(), routeFile());
    }

    void inPlaceEditEmitsOnce()
    {
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);

        // Several writes in a row, as an editor that truncates and writes in pieces does.
        QFile file(routeFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered));
        QVERIFY(file.write("routes:") > 0);
        QVERIFY(file.write(" /a, /b") > 0);
        file.close();

        QVERIFY(changed.wait(5000));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 1);
    }

    void replacedFileEmitsAndStaysWatched_data()
    {
        QTest::addColumn<Save>("how");
        QTest::addRow("truncate and write") << Save::InPlace;
        QTest::addRow("rename over") << Save::RenameOver;
        QTest::addRow("QSaveFile") << Save::SaveFile;
    }

    void replacedFileEmitsAndStaysWatched()
    {
        QFETCH(Save, how);
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);

        QVERIFY(save(how, routeFile(), "name: first"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);

        // The replacement is watched too, whichever way it is changed next.
        QVERIFY(save(how, routeFile(), "name: second"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 2);
        QVERIFY(writeFile(routeFile(), "name: third"));
        QVERIFY(changed.wait(5000));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 3);
    }

    void identicalRewriteDoesNotEmit_data() { replacedFileEmitsAndStaysWatched_data(); }

    void identicalRewriteDoesNotEmit()
    {
        QFETCH(Save, how);
        const QByteArray content = "name: same";
        QVERIFY(writeFile(routeFile(), content));
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);

        QVERIFY(save(how, routeFile(), content));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 0);

        // Positive control: the watcher was listening all along.
        QVERIFY(save(how, routeFile(), "name: other"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }

    void sameSizeEditEmits()
    {
        // Same length, possibly the same modification time: only the content tells.
        QVERIFY(writeFile(routeFile(), "status: 200"));
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);
        QVERIFY(writeFile(routeFile(), "status: 201"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }

    void deletedFileEmitsOnceWhenRecreated()
    {
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);

        QVERIFY(QFile::remove(routeFile()));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 0);

        QVERIFY(writeFile(routeFile(), "name: back"));
        QVERIFY(changed.wait(5000));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 1);

        // And the recreated file is watched.
        QVERIFY(writeFile(routeFile(), "name: edited"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 2);
    }

    void fileCreatedAfterSetPathEmits()
    {
        QVERIFY(QFile::remove(routeFile()));
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);
        QVERIFY(writeFile(routeFile(), "routes: /a"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }

    void otherFilesInFolderDoNotEmit()
    {
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);

        const QString other = m_dir->filePath(u"other.mockbench.json"_s);
        QVERIFY(writeFile(other, "created"));
        QVERIFY(save(Save::RenameOver, other, "replaced"));
        QVERIFY(save(Save::SaveFile, other, "saved"));
        QVERIFY(QFile::remove(other));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 0);

        QVERIFY(writeFile(routeFile(), "name: mine"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }

    void emptyPathStopsWatching()
    {
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);
        watcher.setPath(QString());
        QVERIFY(watcher.path().isEmpty());

        QVERIFY(writeFile(routeFile(), "name: unseen"));
        QVERIFY(save(Save::SaveFile, routeFile(), "name: unseen 2"));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 0);
    }

    void switchingPathsWatchesOnlyTheNewFile()
    {
        const QString second = m_dir->filePath(u"second.mockbench.json"_s);
        QVERIFY(writeFile(second, "routes: /a"));
        RouteFileWatcher watcher;
        watcher.setPath(routeFile());
        watcher.setPath(second);
        QCOMPARE(watcher.path(), second);
        QSignalSpy changed(&watcher, &RouteFileWatcher::fileChanged);

        QVERIFY(writeFile(routeFile(), "name: old file"));
        QVERIFY(settleAfter());
        QCOMPARE(changed.count(), 0);

        QVERIFY(writeFile(second, "name: new file"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RouteFileWatcher)
#include "tst_routefilewatcher.moc"
