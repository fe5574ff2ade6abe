// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Response.h"
#include "runtime/CommandLine.h"

#include <QHostAddress>
#include <QMainWindow>
#include <memory>
#include <optional>

class QTableView;
class QUndoStack;

namespace MockBench {

struct Exchange;

class AdminApi;
class ChaosPanel;
class MockServer;
class RequestLogModel;
class RequestLogView;
class RouteEditor;
class RouteSetDocument;
class RouteTableModel;
class StateView;
class TemplateHelpPanel;
class TrafficStats;

/// The workbench: the route table and the editor of the selected route, the global chaos
/// panel, the live request log beside a traffic chart, and a toolbar to start and stop the
/// server. Every edit goes through the document (validated, undoable) and is served at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// How the window starts (from the command line).
    struct Options
    {
        QString file; ///< empty: the last file, or the built-in example
        bool restoreLastFile = true;
        QString host = QStringLiteral("127.0.0.1");
        int port = 5000;
        ServerOptions server; ///< sizes, deadlines and limits
        TlsOptions tls; ///< HTTPS (--tls, --tls-cert, --tls-key, --tls-port) over the file's
        ChaosOverrides chaos; ///< --latency-ms, --error-rate, --seed over the file's chaos
        bool noAdmin = false;
        QString adminToken;
        QString logFile; ///< append every exchange as one JSON line
        bool startServer = true;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads the start-up file and starts serving as @p options say. False when the server
    /// could not start (the window shows why).
    bool start(const Options &options);

    /// Opens @p path; on failure shows the errors and keeps the current set. No prompt.
    bool openFile(const QString &path);
    /// Saves to @p path; on failure shows why.
    bool saveFile(const QString &path);
    /// Adds the routes of @p path to the current set as one undoable edit.
    bool importFile(const QString &path);
    /// Writes the current set to @p path without making it the document's file.
    bool exportFile(const QString &path);
    /// Writes an OpenAPI 3.1 document of the current set to @p path (YAML when it ends with .yaml
    /// or .yml, else JSON); what it cannot describe is listed in the message bar.
    bool exportOpenApi(const QString &path);
    /// Writes the request log (the server's journal) to @p path as a HAR 1.2 file.
    bool exportLog(const QString &path);
    /// Adds a route that answers requests like @p exchange's as it was answered, before the
    /// route that answered it (or last); it becomes the current route.
    void createRouteFrom(const Exchange &exchange);
    /// Record mode (DESIGN.md §12): every request is forwarded to @p url and each exchange
    /// recorded (those whose path matches the regular expression @p pathPattern, when given).
    /// False, with the reason shown, for a URL that is not http(s) or a bad pattern.
    bool startRecording(const QString &url, const QString &pathPattern = QString());
    /// Stops recording and adds what was recorded to the set as routes, one undoable edit;
    /// what was not recorded is listed in the message bar. How many routes were added.
    int stopRecording();
    bool isRecording() const;

    bool startServer();
    void stopServer();

    /// The message shown in the window's message bar (errors of the last action), or empty.
    QString message() const;

    RouteSetDocument *document() const;
    MockServer *server() const;
    QUndoStack *undoStack() const;
    RouteTableModel *routeModel() const;
    RequestLogModel *logModel() const;
    TrafficStats *trafficStats() const;
    AdminApi *adminApi() const;
    QTableView *routeTable() const;
    RouteEditor *routeEditor() const;
    ChaosPanel *chaosPanel() const;
    RequestLogView *logView() const;
    /// The templates help (a dock, hidden until Help > Templates or the editor's Help asks).
    TemplateHelpPanel *templateHelp() const;
    /// The served state: scenarios, data stores, global variables (a dock, View > State).
    StateView *stateView() const;
    /// Shows the templates help of @p dialect and gives it the keyboard.
    void showTemplateHelp(TemplateDialect dialect);

    /// Writes unsaved changes to the autosave copy now (it is also written every 30 s), so
    /// they are offered back on the next start.
    void writeAutosave();
    /// Where the autosave copy is written (and looked for after a crash).
    static QString autosavePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
