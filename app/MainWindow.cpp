// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "OpenApiWriter.h"

#include "ChaosPanel.h"
#include "DocumentEditCommand.h"
#include "EditorFields.h"
#include "RequestLogView.h"
#include "RouteEditor.h"
#include "StateView.h"
#include "TemplateHelpPanel.h"
#include "TrafficChart.h"
#include "WheelGuard.h"
#include "admin/AdminApi.h"
#include "document/RouteSetDocument.h"
#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "itemmodels/RequestLogModel.h"
#include "itemmodels/RouteTableModel.h"
#include "itemmodels/TrafficStats.h"
#include "journal/ExchangeLog.h"
#include "journal/HarWriter.h"
#include "model/Validation.h"
#include "proxy/Recorder.h"
#include "runtime/RouteFileWatcher.h"
#include "runtime/Serving.h"
#include "server/MockServer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int AutosaveIntervalMs = 30 * 1000;
const QString FileFilter = QStringLiteral("*.json");
/// The name filters of Open and Import: every file AnyFormat may read first (route sets,
/// other tools' JSON and YAML), then JSON, YAML and all files.
QString openFilters()
{
    //: file dialog filters
    return MainWindow::tr("Route sets and API descriptions (*.json *.yaml *.yml);;JSON files "
                          "(*.json);;YAML files (*.yaml *.yml);;All files (*)");
}

/// @p content in a scroll area: a dock then asks the window for little width of its own, so
/// the editor's columns keep theirs at 1024 pixels in any language.
QScrollArea *dockScroll(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setObjectName(content->objectName() + u"ScrollArea"_s);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

/// The route table's status cells edit in a spin box of the statuses a response may have.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setRange(100, 999); // Mockoon's custom statuses too
        }
        return editor;
    }
};

QIcon icon(const QString &name)
{
    return QIcon(u":/mockbench/icons/%1.svg"_s.arg(name));
}

} // namespace

struct MainWindow::Private
{
    explicit Private(MainWindow *window)
        : q(window)
    {
    }

    MainWindow *q;
    RouteSetDocument *document = nullptr;
    MockServer *server = nullptr;
    QUndoStack *undo = nullptr;
    RouteTableModel *routeModel = nullptr;
    RequestLogModel *logModel = nullptr;
    TrafficStats *stats = nullptr;
    AdminApi *admin = nullptr;
    RouteFileWatcher *fileWatcher = nullptr;
    ExchangeLog *exchangeLog = nullptr;

    QTableView *routeTable = nullptr;
    RouteEditor *editor = nullptr;
    ChaosPanel *chaos = nullptr;
    RequestLogView *log = nullptr;
    TrafficChart *chart = nullptr;
    TemplateHelpPanel *help = nullptr;
    QDockWidget *helpDock = nullptr;
    StateView *state = nullptr;
    QDockWidget *stateDock = nullptr;
    QMenu *viewMenu = nullptr;
    QActionGroup *defaultDialectGroup = nullptr;
    QSplitter *mainSplitter = nullptr;
    QSplitter *topSplitter = nullptr;
    QSplitter *bottomSplitter = nullptr;

    QAction *startStopAction = nullptr;
    QAction *saveAction = nullptr;
    QAction *addAction = nullptr;
    QAction *duplicateAction = nullptr;
    QAction *deleteAction = nullptr;
    QLineEdit *hostEdit = nullptr;
    QSpinBox *portSpin = nullptr;
    QToolButton *urlButton = nullptr;
    QAction *recordAction = nullptr;
    QToolButton *tlsUrlButton = nullptr; ///< the HTTPS address, when HTTP is served beside it
    QAction *tlsUrlAction = nullptr;
    QMenu *recentMenu = nullptr;
    QLabel *trafficLabel = nullptr;

    QFrame *messageBar = nullptr;
    QLabel *messageLabel = nullptr;
    QPushButton *messageAccept = nullptr;
    QPushButton *messageReject = nullptr;
    QToolButton *messageDetailsButton = nullptr;
    QPlainTextEdit *messageDetails = nullptr;
    std::function<void()> onMessageAccept;
    std::function<void()> onMessageReject;

    QTimer *autosaveTimer = nullptr;
    /// A crash copy is on offer and not answered yet: it must be neither overwritten nor
    /// removed until the user says Restore or Discard.
    bool autosaveOffered = false;
    /// The bytes of our last save, so the file watcher can tell our own save from an edit
    /// on disk even when the routes here changed again since.
    QByteArray savedBytes;
    /// The other tool's file the set was converted from (File > Open of a Mockoon
    /// environment), while it has no MockBench file of its own: Save proposes a name beside it
    /// and never writes over it.
    QString foreignSource;
    /// What the last conversion said, to show again when the start-up resets the history.
    QString reportText;
    QStringList reportLines;
    Options options;

    void buildActions();
    void buildLayout();
    void buildMessageBar(QVBoxLayout *layout);
    void buildDocks();
    void setDefaultDialect(TemplateDialect dialect);
    void updateDefaultDialect();

    enum class MessageKind { Error, Question, Info, Warning };
    void showMessage(const QString &text, MessageKind kind, const QString &acceptText = {},
        std::function<void()> accept = {}, const QString &rejectText = {},
        std::function<void()> reject = {});
    /// Shows @p text with @p lines behind a Details button (what a conversion left out).
    void showReport(const QString &text, const QStringList &lines);
    void clearMessage();
    void editSettings();
    /// "NAME.mockbench.json" beside @p foreign: the name Save proposes for a converted file.
    static QString proposedName(const QString &foreign);

    void updateTitle();
    void updateServerUi();
    void updateTraffic();
    int currentRow() const;
    void selectRow(int row);

    bool maybeSave();
    void newFile();
    void openDialog();
    void openFolderDialog();
    bool save();
    bool saveAsDialog();
    void importDialog();
    void exportDialog();
    void exportLogDialog();
    void exportOpenApiDialog();
    void addRoute();
    void duplicateRoute();
    void deleteRoute();
    void applyServerSettings();
    void copyUrl(const QUrl &url);
    void updateRecording();
    void askToRecord();

    void addRecent(const QString &path, bool last = true);
    void rebuildRecentMenu();
    void writeAutosave();
    void removeAutosave();
    void offerAutosave();
    void readSettings();
    void writeSettings();
    void startNewHistory();
    void fileChangedOnDisk();
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>(this))
{
    setWindowIcon(icon(u"mockbench"_s));
    setAcceptDrops(true);

    d->document = new RouteSetDocument(this);
    d->server = new MockServer(this);
    d->undo = new QUndoStack(this);
    d->document->attachServer(d->server);
    d->document->setEditSink([this](const DocumentEdit &edit) {
        d->undo->push(new DocumentEditCommand(d->document, edit));
    });
    connect(d->undo, &QUndoStack::cleanChanged, this,
        [this](bool clean) { d->document->setModified(!clean); });
    connect(d->document, &RouteSetDocument::modifiedChanged, this, [this] { d->updateTitle(); });
    connect(d->document, &RouteSetDocument::filePathChanged, this, [this] { d->updateTitle(); });
    connect(d->document, &RouteSetDocument::nameChanged, this, [this] { d->updateTitle(); });

    d->routeModel = new RouteTableModel(d->document, this);
    d->logModel = new RequestLogModel(this);
    d->logModel->setJournal(&d->server->journal());
    d->stats = new TrafficStats(this);
    d->stats->setJournal(&d->server->journal());
    d->admin = new AdminApi(d->server, d->document, this);

    // The open file is watched: an edit on disk is offered back (or loaded when nothing here
    // is unsaved).
    d->fileWatcher = new RouteFileWatcher(this);
    connect(d->document, &RouteSetDocument::filePathChanged, this,
        [this](const QString &path) { d->fileWatcher->setPath(path); });
    connect(
        d->fileWatcher, &RouteFileWatcher::fileChanged, this, [this] { d->fileChangedOnDisk(); });

    d->buildActions();
    d->buildLayout();
    d->buildDocks();
    // The wheel changes no field the user has not clicked into (the port; the editors and the
    // chaos panel guard their own).
    WheelGuard::guardChildren(this);

    connect(d->server, &MockServer::started, this, [this] { d->updateServerUi(); });
    connect(d->server, &MockServer::stopped, this, [this] { d->updateServerUi(); });
    connect(d->routeModel, &RouteTableModel::editRefused, this,
        [this](const QString &message) { d->showMessage(message, Private::MessageKind::Error); });
    connect(d->editor, &RouteEditor::editRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message.section(u'\n', 0, 0), 5000);
    });

    // Keep the editor on the selected route, and a route selected when there is one.
    connect(d->routeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            d->editor->setCurrentRow(current.isValid() ? current.row() : -1);
            const bool has = current.isValid();
            d->duplicateAction->setEnabled(has);
            d->deleteAction->setEnabled(has);
        });
    connect(d->routeModel, &QAbstractItemModel::modelReset, this, [this] { d->selectRow(0); });
    // The editor follows its route through moves and removals itself. The selection changes
    // are queued: they may flush a pending body edit, which must not be pushed while the undo
    // stack is still applying the change that caused them.
    connect(d->routeModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (d->currentRow() < 0 && d->document->routeCount() > 0) {
                d->selectRow(d->document->routeCount() - 1);
            }
        });
    });
    connect(d->routeModel, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int) {
            QTimer::singleShot(0, this, [this, first] { d->selectRow(first); });
        });

    d->autosaveTimer = new QTimer(this);
    d->autosaveTimer->setInterval(AutosaveIntervalMs);
    connect(d->autosaveTimer, &QTimer::timeout, this, [this] { d->writeAutosave(); });
    d->autosaveTimer->start();

    auto *trafficTimer = new QTimer(this);
    trafficTimer->setInterval(1000);
    connect(trafficTimer, &QTimer::timeout, this, [this] {
        d->updateTraffic();
        d->updateRecording();
    });
    trafficTimer->start();

    d->readSettings();
    d->updateTitle();
    d->updateServerUi();
}

MainWindow::~MainWindow()
{
    // Views first, then the models, then the document and the server they watch: no view or
    // model may hear from a half-destroyed window.
    d->server->stop();
    delete d->helpDock;
    delete d->stateDock;
    delete d->admin;
    d->admin = nullptr;
    disconnect(d->undo, nullptr, this, nullptr);
    disconnect(d->routeModel, nullptr, this, nullptr);
    // The toolbar outlives d (QWidget deletes it after this body); a focus-out then must not
    // reach applyServerSettings().
    disconnect(d->hostEdit, nullptr, this, nullptr);
    disconnect(d->portSpin, nullptr, this, nullptr);
    disconnect(d->document, nullptr, this, nullptr);
    delete takeCentralWidget();
    delete d->routeModel;
    delete d->logModel;
    delete d->stats;
    d->document->setEditSink(nullptr);
    delete d->undo;
    d->document->attachServer(nullptr);
}

void MainWindow::Private::buildActions()
{
    QMenu *file = q->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, q, [this] { newFile(); });
    file->addAction(tr("&Open…"), QKeySequence::Open, q, [this] { openDialog(); })
        ->setObjectName(u"openAction"_s);
    QAction *openFolderAction =
        file->addAction(tr("Open &Folder…"), q, [this] { openFolderDialog(); });
    openFolderAction->setObjectName(u"openFolderAction"_s);
    openFolderAction->setToolTip(tr("Open a folder of another tool's files, such as a WireMock "
                                    "root with mappings/ and __files/"));
    recentMenu = file->addMenu(tr("Open &Recent"));
    saveAction = file->addAction(tr("&Save"), QKeySequence::Save, q, [this] { save(); });
    saveAction->setObjectName(u"saveAction"_s);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, q, [this] { saveAsDialog(); })
        ->setObjectName(u"saveAsAction"_s);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Routes…"), q, [this] { importDialog(); });
    importAction->setObjectName(u"importAction"_s);
    importAction->setToolTip(tr("Add the routes of a MockBench route set or a Mockoon "
                                "environment to these"));
    file->addAction(tr("&Export…"), q, [this] { exportDialog(); });
    QAction *openApiAction =
        file->addAction(tr("Export as OpenA&PI…"), q, [this] { exportOpenApiDialog(); });
    openApiAction->setObjectName(u"exportOpenApiAction"_s);
    openApiAction->setToolTip(tr("Write an OpenAPI 3.1 description of these routes (JSON or "
                                 "YAML)"));
    QAction *exportLogAction =
        file->addAction(tr("Export &Log as HAR…"), q, [this] { exportLogDialog(); });
    exportLogAction->setObjectName(u"exportLogAction"_s);
    exportLogAction->setToolTip(tr("Write the request log as a HAR 1.2 file, which MockBench "
                                   "can serve again"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, q, [this] { q->close(); });

    QMenu *edit = q->menuBar()->addMenu(tr("&Edit"));
    // No prefix: Qt's own "Undo %1" reads right in every language it is translated to.
    QAction *undoAction = undo->createUndoAction(q);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(q);
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    addAction = edit->addAction(icon(u"add"_s), tr("&Add Route"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), q, [this] { addRoute(); });
    duplicateAction = edit->addAction(icon(u"duplicate"_s), tr("&Duplicate Route"),
        QKeySequence(Qt::CTRL | Qt::Key_D), q, [this] { duplicateRoute(); });
    deleteAction =
        edit->addAction(icon(u"remove"_s), tr("De&lete Route"), q, [this] { deleteRoute(); });
    addAction->setToolTip(tr("Add a route after the selected one"));
    duplicateAction->setToolTip(tr("Duplicate the selected route"));
    deleteAction->setToolTip(tr("Delete the selected route"));
    // The buttons under the route table say it shorter than the menu, so the table, the
    // editor and the chaos panel fit side by side at 1024 pixels.
    //: button under the route table
    addAction->setIconText(tr("Add"));
    //: button under the route table
    duplicateAction->setIconText(tr("Duplicate"));
    //: button under the route table
    deleteAction->setIconText(tr("Delete"));
    edit->addSeparator();
    QAction *settingsAction =
        edit->addAction(tr("Route Set &Settings…"), q, [this] { editSettings(); });
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setToolTip(
        tr("The route set's name, CORS, the headers of every answer and the content type"));
    // The route set's default dialect: what every response without its own templating uses.
    QMenu *dialects = edit->addMenu(tr("Default &Template Dialect"));
    dialects->setObjectName(u"defaultDialectMenu"_s);
    defaultDialectGroup = new QActionGroup(q);
    defaultDialectGroup->setExclusive(true);
    for (const auto &[dialect, text] :
        { std::pair { TemplateDialect::JavaScript, tr("&JavaScript") },
            std::pair { TemplateDialect::Mockoon, tr("&Mockoon (Handlebars)") },
            std::pair { TemplateDialect::WireMock, tr("&WireMock (Handlebars)") },
            std::pair { TemplateDialect::None, tr("&None: sent as written") } }) {
        QAction *action = dialects->addAction(text);
        action->setCheckable(true);
        action->setData(int(dialect));
        action->setObjectName(u"defaultDialect:"_s + templateDialectName(dialect));
        defaultDialectGroup->addAction(action);
        const TemplateDialect chosen = dialect;
        connect(action, &QAction::triggered, q, [this, chosen] { setDefaultDialect(chosen); });
    }

    QMenu *serverMenu = q->menuBar()->addMenu(tr("&Server"));
    startStopAction = serverMenu->addAction(icon(u"start"_s), tr("&Start"), q, [this] {
        if (server->isListening()) {
            q->stopServer();
        } else {
            q->startServer();
        }
    });
    startStopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    serverMenu->addAction(
        icon(u"copy"_s), tr("&Copy URL"), q, [this] { copyUrl(server->baseUrl()); });
    serverMenu->addSeparator();
    recordAction = serverMenu->addAction(icon(u"record"_s), tr("&Record…"), q, [this] {
        if (q->isRecording()) {
            q->stopRecording();
        } else {
            askToRecord();
        }
    });
    recordAction->setObjectName(u"recordAction"_s);
    recordAction->setCheckable(true);
    recordAction->setToolTip(tr("Forward every request to a real backend and record each "
                                "exchange as a route"));

    viewMenu = q->menuBar()->addMenu(tr("&View"));

    QMenu *help = q->menuBar()->addMenu(tr("&Help"));
    QAction *templatesHelp = help->addAction(tr("&Templates"), QKeySequence::HelpContents, q,
        [this] { q->showTemplateHelp(editor->currentDialect()); });
    templatesHelp->setObjectName(u"templatesHelpAction"_s);
    templatesHelp->setToolTip(tr("The helpers and values of the template dialect in use"));
    help->addAction(tr("&About MockBench"), q, [this] {
        QMessageBox::about(q, tr("About MockBench"),
            //: %1 is the version number
            tr("<h3>MockBench %1</h3><p>A workbench for mocking HTTP services: edit routes, "
               "make the backend slow or flaky, and watch every request arrive.</p>")
                .arg(QStringLiteral(MOCKBENCH_VERSION)));
    });

    QToolBar *bar = q->addToolBar(tr("Server"));
    bar->setObjectName(u"serverToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(startStopAction);
    bar->addAction(recordAction);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Host"), q));
    hostEdit = new QLineEdit(q);
    hostEdit->setObjectName(u"hostEdit"_s);
    hostEdit->setMaximumWidth(160);
    hostEdit->setToolTip(tr("Address to listen on; 127.0.0.1 keeps the mock private to this "
                            "machine"));
    bar->addWidget(hostEdit);
    bar->addWidget(new QLabel(tr("Port"), q));
    portSpin = new QSpinBox(q);
    portSpin->setObjectName(u"portSpin"_s);
    portSpin->setRange(0, 65535);
    portSpin->setSpecialValueText(tr("any"));
    portSpin->setToolTip(tr("Port to listen on; \"any\" picks a free one"));
    bar->addWidget(portSpin);
    bar->addSeparator();
    urlButton = new QToolButton(q);
    urlButton->setObjectName(u"urlButton"_s);
    urlButton->setIcon(icon(u"copy"_s));
    urlButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    urlButton->setToolTip(tr("The address clients use; click to copy it"));
    bar->addWidget(urlButton);
    connect(urlButton, &QToolButton::clicked, q, [this] { copyUrl(server->baseUrl()); });
    tlsUrlButton = new QToolButton(q);
    tlsUrlButton->setObjectName(u"tlsUrlButton"_s);
    tlsUrlButton->setIcon(icon(u"copy"_s));
    tlsUrlButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tlsUrlButton->setToolTip(tr("The HTTPS address, served beside HTTP; click to copy it"));
    tlsUrlAction = bar->addWidget(tlsUrlButton);
    tlsUrlAction->setVisible(false);
    connect(tlsUrlButton, &QToolButton::clicked, q, [this] { copyUrl(server->tlsBaseUrl()); });
    connect(hostEdit, &QLineEdit::editingFinished, q, [this] { applyServerSettings(); });
    connect(portSpin, &QSpinBox::editingFinished, q, [this] { applyServerSettings(); });

    trafficLabel = new QLabel(q);
    q->statusBar()->addPermanentWidget(trafficLabel);
}

void MainWindow::Private::buildMessageBar(QVBoxLayout *layout)
{
    messageBar = new QFrame(q);
    messageBar->setObjectName(u"messageBar"_s);
    messageBar->setFrameShape(QFrame::StyledPanel);
    auto *column = new QVBoxLayout(messageBar);
    column->setContentsMargins(8, 4, 4, 4);
    column->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    messageLabel = new QLabel(messageBar);
    messageLabel->setObjectName(u"messageLabel"_s);
    messageLabel->setWordWrap(true);
    messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(messageLabel, 1);
    messageAccept = new QPushButton(messageBar);
    messageReject = new QPushButton(messageBar);
    row->addWidget(messageAccept);
    row->addWidget(messageReject);
    // What a conversion could not carry over, one line each: folded away under the one-line
    // summary so the bar stays low over the routes.
    messageDetailsButton = new QToolButton(messageBar);
    messageDetailsButton->setObjectName(u"messageDetailsButton"_s);
    messageDetailsButton->setText(tr("Details"));
    messageDetailsButton->setCheckable(true);
    messageDetailsButton->setToolTip(tr("Show what could not be carried over, with its place"));
    row->addWidget(messageDetailsButton);
    messageDetails = new QPlainTextEdit(messageBar);
    messageDetails->setObjectName(u"messageDetails"_s);
    messageDetails->setReadOnly(true);
    messageDetails->setLineWrapMode(QPlainTextEdit::NoWrap);
    column->addWidget(messageDetails);
    messageDetails->hide();
    messageDetailsButton->hide();
    connect(messageDetailsButton, &QToolButton::toggled, q,
        [this](bool shown) { messageDetails->setVisible(shown); });
    auto *close = new QToolButton(messageBar);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    row->addWidget(close);
    connect(messageAccept, &QPushButton::clicked, q, [this] {
        auto action = onMessageAccept;
        clearMessage();
        if (action) {
            action();
        }
    });
    connect(messageReject, &QPushButton::clicked, q, [this] {
        auto action = onMessageReject;
        clearMessage();
        if (action) {
            action();
        }
    });
    connect(close, &QToolButton::clicked, q, [this] { clearMessage(); });
    messageBar->hide();
    layout->addWidget(messageBar);
}

void MainWindow::Private::buildLayout()
{
    auto *central = new QWidget(q);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    buildMessageBar(layout);

    // Routes: the table and its buttons.
    auto *routesPanel = new QWidget(q);
    auto *routesLayout = new QVBoxLayout(routesPanel);
    routesLayout->setContentsMargins(0, 0, 0, 0);
    routeTable = new QTableView(routesPanel);
    routeTable->setObjectName(u"routeTable"_s);
    routeTable->setModel(routeModel);
    routeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    routeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    routeTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    routeTable->setDragEnabled(true);
    routeTable->setAcceptDrops(true);
    routeTable->setDropIndicatorShown(true);
    routeTable->setDragDropMode(QAbstractItemView::DragDrop);
    routeTable->setDefaultDropAction(Qt::MoveAction);
    routeTable->setDragDropOverwriteMode(false);
    routeTable->verticalHeader()->hide();
    routeTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    routeTable->verticalHeader()->setDefaultSectionSize(routeTable->fontMetrics().height() + 8);
    routeTable->setWordWrap(false);
    routeTable->setTextElideMode(Qt::ElideRight);
    routeTable->horizontalHeader()->setSectionResizeMode(
        RouteTableModel::PathColumn, QHeaderView::Stretch);
    routeTable->setItemDelegateForColumn(
        RouteTableModel::StatusColumn, new StatusDelegate(routeTable));
    routeTable->setColumnWidth(RouteTableModel::EnabledColumn, 34);
    routeTable->setColumnWidth(RouteTableModel::MethodColumn, 70);
    routeTable->setColumnWidth(RouteTableModel::StatusColumn, 96);
    routeTable->setColumnWidth(RouteTableModel::LatencyColumn, 96);
    routeTable->setColumnWidth(RouteTableModel::HitsColumn, 56);
    routeTable->setToolTip(tr("Drag a route to change its place: the first enabled route "
                              "that matches a request answers it"));
    routesLayout->addWidget(routeTable);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : { addAction, duplicateAction, deleteAction }) {
        auto *button = new QToolButton(routesPanel);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    routesLayout->addLayout(buttons);

    editor = new RouteEditor(document, q);
    editor->setObjectName(u"routeEditor"_s);
    chaos = new ChaosPanel(document, q);
    chaos->setObjectName(u"chaosPanel"_s);
    log = new RequestLogView(logModel, q);
    log->setObjectName(u"requestLog"_s);
    QObject::connect(log, &RequestLogView::createRouteRequested, q,
        [this](const Exchange &exchange) { q->createRouteFrom(exchange); });
    chart = new TrafficChart(stats, q);
    chart->setObjectName(u"trafficChart"_s);

    topSplitter = new QSplitter(Qt::Horizontal, q);
    topSplitter->setObjectName(u"topSplitter"_s);
    topSplitter->addWidget(routesPanel);
    topSplitter->addWidget(editor);
    // The chaos panel scrolls in a short window (a fault's parameters add rows) instead of
    // pushing the log down; it is never narrower than its fields.
    auto *chaosScroll = new QScrollArea(q);
    chaosScroll->setObjectName(u"chaosScrollArea"_s);
    chaosScroll->setWidgetResizable(true);
    chaosScroll->setFrameShape(QFrame::NoFrame);
    chaosScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chaosScroll->setWidget(chaos);
    EditorFields::fitWidthToContent(chaosScroll);
    topSplitter->addWidget(chaosScroll);
    topSplitter->setStretchFactor(0, 3);
    topSplitter->setStretchFactor(1, 4);
    topSplitter->setStretchFactor(2, 2);

    bottomSplitter = new QSplitter(Qt::Horizontal, q);
    bottomSplitter->setObjectName(u"bottomSplitter"_s);
    bottomSplitter->addWidget(log);
    bottomSplitter->addWidget(chart);
    bottomSplitter->setStretchFactor(0, 3);
    bottomSplitter->setStretchFactor(1, 2);

    mainSplitter = new QSplitter(Qt::Vertical, q);
    mainSplitter->setObjectName(u"mainSplitter"_s);
    mainSplitter->addWidget(topSplitter);
    mainSplitter->addWidget(bottomSplitter);
    mainSplitter->setStretchFactor(0, 3);
    mainSplitter->setStretchFactor(1, 2);
    layout->addWidget(mainSplitter, 1);

    q->setCentralWidget(central);

    // First start (no saved layout): most of the screen, the table and the editor side by side
    // over the log, the chart beside the log. Saved splitter states replace these.
    const QRect screen = q->screen() ? q->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    const QSize size(
        std::min(1600, screen.width() * 9 / 10), std::min(1000, screen.height() * 9 / 10));
    q->resize(size);
    topSplitter->setSizes(
        { size.width() * 36 / 100, size.width() * 40 / 100, size.width() * 24 / 100 });
    bottomSplitter->setSizes({ size.width() * 62 / 100, size.width() * 38 / 100 });
    mainSplitter->setSizes({ size.height() * 58 / 100, size.height() * 42 / 100 });
}

void MainWindow::Private::buildDocks()
{
    // Both on the right, one tab each, hidden until asked for: the window keeps its columns at
    // 1024 pixels until then.
    help = new TemplateHelpPanel(q);
    help->setObjectName(u"templateHelp"_s);
    helpDock = new QDockWidget(tr("Templates Help"), q);
    helpDock->setObjectName(u"templateHelpDock"_s);
    helpDock->setWidget(dockScroll(help));
    q->addDockWidget(Qt::RightDockWidgetArea, helpDock);

    state = new StateView(server, q);
    state->setObjectName(u"stateView"_s);
    stateDock = new QDockWidget(tr("State"), q);
    stateDock->setObjectName(u"stateDock"_s);
    stateDock->setWidget(dockScroll(state));
    q->addDockWidget(Qt::RightDockWidgetArea, stateDock);
    q->tabifyDockWidget(helpDock, stateDock);
    helpDock->hide();
    stateDock->hide();

    QAction *helpToggle = helpDock->toggleViewAction();
    helpToggle->setText(tr("Templates &Help"));
    QAction *stateToggle = stateDock->toggleViewAction();
    stateToggle->setText(tr("&State"));
    stateToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    stateToggle->setObjectName(u"stateViewAction"_s);
    viewMenu->addAction(helpToggle);
    viewMenu->addAction(stateToggle);
    // Shown means in front: the two share the dock area as tabs.
    for (QDockWidget *dock : { helpDock, stateDock }) {
        connect(dock->toggleViewAction(), &QAction::triggered, q, [dock](bool shown) {
            if (shown) {
                dock->raise();
            }
        });
    }

    connect(editor, &RouteEditor::templateHelpRequested, q,
        [this](TemplateDialect dialect) { q->showTemplateHelp(dialect); });
    connect(help, &TemplateHelpPanel::exampleActivated, q, [this](const QString &example) {
        if (editor->insertTemplateText(example)) {
            //: status bar: %1 is a template example such as {{ uuid() }}
            q->statusBar()->showMessage(tr("Inserted %1").arg(example), 3000);
        } else {
            q->statusBar()->showMessage(tr("Select a route to insert the example into"), 5000);
        }
    });
    connect(document, &RouteSetDocument::changed, q, [this] { updateDefaultDialect(); });
    updateDefaultDialect();
}

void MainWindow::Private::updateDefaultDialect()
{
    const int current = int(document->routeSet().templating);
    for (QAction *action : defaultDialectGroup->actions()) {
        action->setChecked(action->data().toInt() == current);
    }
}

void MainWindow::Private::setDefaultDialect(TemplateDialect dialect)
{
    if (document->routeSet().templating == dialect) {
        return;
    }
    editor->flushPendingEdits();
    // A whole-set edit (undoable, served at once); the route shown stays selected.
    const int row = currentRow();
    RouteSet set = document->routeSet();
    set.templating = dialect;
    FormatErrors errors;
    if (!document->replaceAll(set, tr("Change default template dialect"), &errors)) {
        showMessage(errors.isEmpty() ? tr("The default template dialect was not changed")
                                     : errors.first().message,
            MessageKind::Error);
    }
    updateDefaultDialect();
    selectRow(row);
}

void MainWindow::Private::showMessage(const QString &text, MessageKind kind,
    const QString &acceptText, std::function<void()> accept, const QString &rejectText,
    std::function<void()> reject)
{
    messageLabel->setText(text);
    const QString colour = kind == MessageKind::Error ? u"#fdecea"_s
        : kind == MessageKind::Question               ? u"#e8f0fe"_s
        : kind == MessageKind::Warning                ? u"#fff4e0"_s
                                                      : u"#eef7ee"_s;
    messageDetailsButton->setChecked(false);
    messageDetailsButton->hide();
    messageDetails->clear();
    messageBar->setStyleSheet(u"QFrame#messageBar { background: %1; }"_s.arg(colour));
    onMessageAccept = std::move(accept);
    onMessageReject = std::move(reject);
    messageAccept->setText(acceptText);
    messageAccept->setVisible(!acceptText.isEmpty());
    messageReject->setText(rejectText);
    messageReject->setVisible(!rejectText.isEmpty());
    messageBar->show();
}

void MainWindow::Private::showReport(const QString &text, const QStringList &lines)
{
    showMessage(text, lines.isEmpty() ? MessageKind::Info : MessageKind::Warning);
    messageDetails->setPlainText(lines.join(u'\n'));
    // As tall as its lines, up to six; more scroll.
    const int shown = int(qBound(qsizetype(1), lines.size(), qsizetype(6)));
    messageDetails->setFixedHeight(shown * messageDetails->fontMetrics().lineSpacing()
        + 2 * messageDetails->frameWidth() + 2 * int(messageDetails->document()->documentMargin())
        + 4);
    messageDetailsButton->setVisible(!lines.isEmpty());
}

void MainWindow::Private::clearMessage()
{
    messageBar->hide();
    messageLabel->clear();
    messageDetailsButton->setChecked(false);
    messageDetailsButton->hide();
    messageDetails->clear();
    onMessageAccept = nullptr;
    onMessageReject = nullptr;
}

void MainWindow::Private::updateTitle()
{
    const QString path = document->filePath();
    QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    if (!document->routeSet().name.isEmpty()) {
        //: window title part: %1 the route set's name, %2 its file
        name = tr("%1 (%2)").arg(document->routeSet().name, name);
    }
    //: window title: %1 is the route set's name or file; [*] marks unsaved changes
    q->setWindowTitle(tr("%1[*] — MockBench").arg(name));
    q->setWindowModified(document->isModified());
}

void MainWindow::Private::updateServerUi()
{
    const bool running = server->isListening();
    startStopAction->setText(running ? tr("&Stop") : tr("&Start"));
    startStopAction->setIcon(icon(running ? u"stop"_s : u"start"_s));
    startStopAction->setToolTip(running ? tr("Stop serving") : tr("Start serving"));
    const bool both =
        running && server->tlsBaseUrl().isValid() && server->tlsPort() != server->port();
    tlsUrlAction->setVisible(both);
    if (both) {
        tlsUrlButton->setText(server->tlsBaseUrl().toString());
    }
    if (running) {
        urlButton->setText(server->baseUrl().toString());
        urlButton->setEnabled(true);
    } else {
        urlButton->setText(tr("not serving"));
        urlButton->setEnabled(false);
    }
    updateTraffic();
}

void MainWindow::Private::updateRecording()
{
    // Recording may start and stop through the admin API too.
    const bool recording = admin && admin->recorder()->isRecording();
    recordAction->setChecked(recording);
    recordAction->setText(recording ? tr("Stop &Recording") : tr("&Record…"));
    recordAction->setToolTip(recording
            //: %1 the backend's URL
            ? tr("Recording what %1 answers; stop to add it as routes")
                  .arg(admin->recorder()->target()->url.toString())
            : tr("Forward every request to a real backend and record each exchange as a route"));
}

void MainWindow::Private::askToRecord()
{
    QDialog dialog(q);
    dialog.setObjectName(u"recordDialog"_s);
    dialog.setWindowTitle(tr("Record a Backend"));
    auto *form = new QFormLayout(&dialog);
    auto *explanation = new QLabel(tr("Every request MockBench gets goes to the backend, and "
                                      "each answer becomes a route when you stop recording."),
        &dialog);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    auto *urlEdit = new QLineEdit(&dialog);
    urlEdit->setObjectName(u"recordUrlEdit"_s);
    urlEdit->setPlaceholderText(u"https://api.example.com"_s);
    // Room for a real backend's address.
    urlEdit->setMinimumWidth(
        urlEdit->fontMetrics().horizontalAdvance(u"https://api.example.com:8443/v1/base"_s) + 24);
    form->addRow(tr("&Backend URL:"), urlEdit);
    auto *filterEdit = new QLineEdit(&dialog);
    filterEdit->setObjectName(u"recordFilterEdit"_s);
    filterEdit->setPlaceholderText(tr("all paths"));
    filterEdit->setToolTip(tr("A regular expression a path must match to be recorded, such as "
                              "^/api/; the rest is forwarded without being recorded"));
    form->addRow(tr("Record &paths:"), filterEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Recording"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        q->startRecording(urlEdit->text().trimmed(), filterEdit->text().trimmed());
    }
    updateRecording();
}

void MainWindow::Private::updateTraffic()
{
    //: status bar: open connections and requests answered since start
    trafficLabel->setText(tr("%n connection(s)", nullptr, server->connectionCount()) + u" · "
        + tr("%n request(s)", nullptr, int(server->journal().totalRecorded())));
}

int MainWindow::Private::currentRow() const
{
    const QModelIndex current = routeTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::Private::selectRow(int row)
{
    if (row < 0 || row >= routeModel->rowCount()) {
        editor->setCurrentRow(-1);
        return;
    }
    const QModelIndex index = routeModel->index(row, RouteTableModel::PathColumn);
    routeTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    editor->setCurrentRow(row);
}

bool MainWindow::Private::maybeSave()
{
    editor->flushPendingEdits();
    if (!document->isModified()) {
        return true;
    }
    const QMessageBox::StandardButton answer = QMessageBox::warning(q, tr("Unsaved changes"),
        tr("The routes have unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::Private::startNewHistory()
{
    undo->clear();
    undo->setClean();
    document->setModified(false);
    clearMessage();
}

void MainWindow::Private::fileChangedOnDisk()
{
    const QString path = document->filePath();
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && !savedBytes.isEmpty() && file.readAll() == savedBytes) {
        return; // our own save, even if the routes here changed again since
    }
    const LoadResult loaded = AnyFormat::readFile(path);
    if (loaded.ok() && loaded.routeSet == document->routeSet()) {
        return; // a change back to what is here
    }
    const QString name = QFileInfo(path).fileName();
    if (!loaded.ok()) {
        //: %1 a file name, %2 one error per line
        showMessage(tr("%1 changed on disk but cannot be loaded; the routes here keep "
                       "serving:\n%2")
                        .arg(name, loaded.errorStrings().join(u'\n')),
            MessageKind::Error);
        return;
    }
    if (!document->isModified()) {
        q->openFile(path);
        //: %1 a file name
        q->statusBar()->showMessage(tr("Reloaded %1: it changed on disk").arg(name), 5000);
        return;
    }
    //: %1 a file name
    showMessage(
        tr("%1 changed on disk. Reload it and lose the unsaved changes here?").arg(name),
        MessageKind::Question, tr("Reload"), [this, path] { q->openFile(path); }, tr("Keep Mine"),
        [this] {
            // The next save writes what is here over the file on disk.
        });
}

void MainWindow::Private::newFile()
{
    if (!maybeSave()) {
        return;
    }
    document->reset();
    startNewHistory();
    foreignSource.clear();
}

void MainWindow::Private::editSettings()
{
    editor->flushPendingEdits();
    const RouteSet &current = document->routeSet();
    QDialog dialog(q);
    dialog.setObjectName(u"settingsDialog"_s);
    dialog.setWindowTitle(tr("Route Set Settings"));
    auto *form = new QFormLayout(&dialog);
    auto *nameEdit = new QLineEdit(current.name, &dialog);
    nameEdit->setObjectName(u"setNameEdit"_s);
    form->addRow(tr("&Name:"), nameEdit);
    auto *corsCombo = new QComboBox(&dialog);
    corsCombo->setObjectName(u"corsCombo"_s);
    corsCombo->addItem(tr("Off"), int(RouteSet::Cors::Off));
    corsCombo->addItem(
        tr("Preflight answer and CORS headers on every answer"), int(RouteSet::Cors::On));
    corsCombo->addItem(
        tr("Preflight answer only (as Mockoon)"), int(RouteSet::Cors::PreflightOnly));
    corsCombo->setToolTip(tr("Preflight: an OPTIONS request no route takes gets 200 with "
                             "Access-Control-Allow-Origin: *, -Methods and -Headers.\nEvery "
                             "answer: Access-Control-Allow-Origin: * and "
                             "Access-Control-Expose-Headers: * unless it sets them"));
    corsCombo->setCurrentIndex(std::max(0, corsCombo->findData(int(current.cors))));
    form->addRow(tr("&CORS:"), corsCombo);
    auto *proxyEdit =
        new QLineEdit(current.proxy ? current.proxy->url.toString() : QString(), &dialog);
    proxyEdit->setObjectName(u"setProxyEdit"_s);
    proxyEdit->setPlaceholderText(tr("none: MockBench's 404"));
    proxyEdit->setToolTip(tr("A real backend that answers every request no route takes "
                             "(https://api.example.com); the global chaos applies to its "
                             "answers"));
    form->addRow(tr("&Forward the rest to:"), proxyEdit);
    auto *typeCheck = new QCheckBox(tr("&Guess a Content-Type when a response sets none"), &dialog);
    typeCheck->setObjectName(u"defaultContentTypeCheck"_s);
    typeCheck->setToolTip(tr("Off: such answers are sent without a Content-Type, as Mockoon "
                             "does for a file of unknown type"));
    typeCheck->setChecked(current.defaultContentType);
    form->addRow(QString(), typeCheck);

    auto *headersBox = new QWidget(&dialog);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    auto *headers =
        EditorFields::table(headersBox, u"setHeadersTable"_s, { tr("Name"), tr("Value") });
    headers->setToolTip(tr("Sent with every answer of a route, unless its response sets the "
                           "same header"));
    // One line a header, the names in a column of their own width (Access-Control-...).
    headers->setWordWrap(false);
    headers->setColumnWidth(
        0, headers->fontMetrics().horizontalAdvance(u"Access-Control-Allow-Headers"_s) + 16);
    for (const auto &[name, values] : current.headers) {
        for (const QString &value : values) {
            const int at = headers->rowCount();
            headers->insertRow(at);
            headers->setItem(at, 0, new QTableWidgetItem(name));
            headers->setItem(at, 1, new QTableWidgetItem(value));
        }
    }
    headersLayout->addWidget(headers);
    auto *headerButtons = new QHBoxLayout;
    auto *addHeader = EditorFields::toolButton(headersBox, u"setAddHeaderButton"_s, tr("Add"),
        tr("Add a header"), u":/mockbench/icons/add.svg"_s);
    auto *removeHeader = EditorFields::toolButton(headersBox, u"setRemoveHeaderButton"_s,
        tr("Remove"), tr("Remove the selected headers"), u":/mockbench/icons/remove.svg"_s);
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    headersLayout->addLayout(headerButtons);
    form->addRow(tr("&Headers of every answer:"), headersBox);
    connect(addHeader, &QToolButton::clicked, &dialog, [headers] {
        const int at = headers->rowCount();
        headers->insertRow(at);
        headers->setItem(at, 0, new QTableWidgetItem);
        headers->setItem(at, 1, new QTableWidgetItem);
        headers->setCurrentCell(at, 0);
        headers->editItem(headers->item(at, 0));
    });
    connect(removeHeader, &QToolButton::clicked, &dialog, [headers] {
        QList<int> rows;
        for (const QModelIndex &index : headers->selectionModel()->selectedRows()) {
            rows.append(index.row());
        }
        std::sort(rows.rbegin(), rows.rend());
        for (int r : std::as_const(rows)) {
            headers->removeRow(r);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Room for a long header name and a value beside it.
    dialog.resize(std::max(dialog.sizeHint().width(), 3 * headers->columnWidth(0) + 120),
        dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }

    RouteSet set = document->routeSet();
    set.name = nameEdit->text().trimmed();
    set.cors = RouteSet::Cors(corsCombo->currentData().toInt());
    set.defaultContentType = typeCheck->isChecked();
    if (const QString url = proxyEdit->text().trimmed(); url.isEmpty()) {
        set.proxy.reset();
    } else {
        // The other settings of a target read from a file stay as they were.
        ProxyTarget target = set.proxy.value_or(ProxyTarget());
        target.url = QUrl(url, QUrl::StrictMode);
        set.proxy = target;
    }
    set.headers.clear();
    for (int r = 0; r < headers->rowCount(); ++r) {
        const QString name =
            headers->item(r, 0) ? headers->item(r, 0)->text().trimmed() : QString();
        if (name.isEmpty()) {
            continue;
        }
        const QString value = headers->item(r, 1) ? headers->item(r, 1)->text() : QString();
        auto it = std::find_if(set.headers.begin(), set.headers.end(),
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (it != set.headers.end()) {
            it->second.append(value);
        } else {
            set.headers.append({ name, { value } });
        }
    }
    if (set == document->routeSet()) {
        return;
    }
    const int row = currentRow();
    FormatErrors errors;
    if (!document->replaceAll(set, tr("Change route set settings"), &errors)) {
        showMessage(tr("The route set settings were not changed:\n%1")
                        .arg(toStringList(errors).join(u'\n')),
            MessageKind::Error);
        return;
    }
    selectRow(row);
}

void MainWindow::Private::openDialog()
{
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        q, tr("Open Route Set"), QFileInfo(document->filePath()).absolutePath(), openFilters());
    if (!path.isEmpty()) {
        q->openFile(path);
    }
}

void MainWindow::Private::openFolderDialog()
{
    if (!maybeSave()) {
        return;
    }
    // The same path as Open: AnyFormat reads a folder with the folder format that knows it.
    const QString path = QFileDialog::getExistingDirectory(
        q, tr("Open Folder"), QFileInfo(document->filePath()).absolutePath());
    if (!path.isEmpty()) {
        q->openFile(path);
    }
}

bool MainWindow::Private::save()
{
    if (document->filePath().isEmpty()) {
        return saveAsDialog();
    }
    return q->saveFile(document->filePath());
}

QString MainWindow::Private::proposedName(const QString &foreign)
{
    const QFileInfo info(foreign);
    QString base = info.fileName();
    if (base.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        base.chop(5);
    }
    return info.absoluteDir().filePath(base + u".mockbench.json"_s);
}

bool MainWindow::Private::saveAsDialog()
{
    const QString proposed = !document->filePath().isEmpty() ? document->filePath()
        : !foreignSource.isEmpty()                           ? proposedName(foreignSource)
                                   : QDir::homePath() + u"/routes.mockbench.json"_s;
    QString path = QFileDialog::getSaveFileName(
        q, tr("Save Route Set"), proposed, tr("Route sets (%1);;All files (*)").arg(FileFilter));
    if (path.isEmpty()) {
        return false;
    }
    return q->saveFile(path);
}

void MainWindow::Private::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        q, tr("Import Routes"), QFileInfo(document->filePath()).absolutePath(), openFilters());
    if (!path.isEmpty()) {
        q->importFile(path);
    }
}

void MainWindow::Private::exportOpenApiDialog()
{
    const QString base = !document->filePath().isEmpty() ? document->filePath()
        : !foreignSource.isEmpty()                       ? foreignSource
                                                         : QDir::homePath() + u"/routes.json"_s;
    const QFileInfo info(base);
    QString name = info.fileName();
    for (const QString &suffix : { u".mockbench.json"_s, u".json"_s, u".yaml"_s, u".yml"_s }) {
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            break;
        }
    }
    //: file dialog filter
    const QString json = tr("OpenAPI JSON (*.json)");
    //: file dialog filter
    const QString yaml = tr("OpenAPI YAML (*.yaml *.yml)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(q, tr("Export as OpenAPI"),
        info.absoluteDir().filePath(name + u".openapi.json"_s), json + u";;"_s + yaml, &chosen);
    if (path.isEmpty()) {
        return;
    }
    // A name without a suffix gets the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"json" && suffix != u"yaml" && suffix != u"yml") {
        path += chosen == yaml ? u".yaml"_s : u".json"_s;
    }
    q->exportOpenApi(path);
}

void MainWindow::Private::exportLogDialog()
{
    //: file dialog filter
    const QString filter = tr("HAR files (*.har);;All files (*)");
    const QString path = QFileDialog::getSaveFileName(
        q, tr("Export Log as HAR"), QDir::homePath() + u"/requests.har"_s, filter);
    if (!path.isEmpty()) {
        q->exportLog(path);
    }
}

void MainWindow::Private::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(q, tr("Export Route Set"),
        QDir::homePath() + u"/export.mockbench.json"_s,
        tr("Route sets (%1);;All files (*)").arg(FileFilter));
    if (!path.isEmpty()) {
        q->exportFile(path);
    }
}

void MainWindow::Private::addRoute()
{
    const int row = currentRow() < 0 ? document->routeCount() : currentRow() + 1;
    Route route = Route::get(u"/new"_s).respond(
        200, u"{}"_s, { { u"Content-Type"_s, { u"application/json"_s } } });
    route.id = document->uniqueId(u"new"_s);
    route.path = u"/"_s + route.id;
    document->insertRoute(row, route, tr("Add route"));
}

void MainWindow::Private::duplicateRoute()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    Route copy = document->route(row);
    copy.id = document->uniqueId(copy.id + u"-copy"_s);
    //: undo menu text: %1 method, %2 path
    document->insertRoute(row + 1, copy, tr("Duplicate %1 %2").arg(copy.method, copy.path));
}

void MainWindow::Private::deleteRoute()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const Route &route = document->route(row);
    document->removeRoute(row, tr("Delete %1 %2").arg(route.method, route.path));
}

void MainWindow::Private::copyUrl(const QUrl &url)
{
    if (server->isListening() && url.isValid()) {
        QApplication::clipboard()->setText(url.toString());
        //: %1 is a URL
        q->statusBar()->showMessage(tr("Copied %1").arg(url.toString()), 3000);
    }
}

void MainWindow::Private::applyServerSettings()
{
    const QString host = hostEdit->text().trimmed();
    const int port = portSpin->value();
    if (host == options.host && port == options.port) {
        return;
    }
    options.host = host;
    options.port = port;
    if (server->isListening()) {
        q->stopServer();
        q->startServer();
    }
}

void MainWindow::Private::addRecent(const QString &path, bool last)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles) {
        recent.removeLast();
    }
    settings.setValue(u"recentFiles"_s, recent);
    if (last) {
        settings.setValue(u"lastFile"_s, path);
    } else {
        // Another tool's file: the next start does not convert it again as if it were ours.
        settings.remove(u"lastFile"_s);
    }
    rebuildRecentMenu();
}

void MainWindow::Private::rebuildRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    for (const QString &path : recent) {
        QAction *action = recentMenu->addAction(QFileInfo(path).fileName(), q, [this, path] {
            if (maybeSave()) {
                q->openFile(path);
            }
        });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        recentMenu->addSeparator();
        recentMenu->addAction(tr("Clear List"), q, [this] {
            QSettings().remove(u"recentFiles"_s);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::Private::writeAutosave()
{
    if (autosaveOffered) {
        return; // the copy from the crash is still on offer
    }
    editor->flushPendingEdits();
    if (!document->isModified()) {
        removeAutosave(); // back at the saved state: nothing to offer after a crash
        return;
    }
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    QString error;
    if (RouteSetFormat::writeFile(document->routeSet(), autosavePath(), &error)) {
        QSettings settings;
        settings.setValue(u"autosave/file"_s, document->filePath());
        // A converted file is not the autosave's file: only where it came from, for Save.
        settings.setValue(u"autosave/source"_s, foreignSource);
        // Body files resolve against the routes' own folder, not the autosave's.
        settings.setValue(u"autosave/baseDir"_s, document->routeSet().baseDir);
        settings.setValue(u"autosave/time"_s, QDateTime::currentDateTime());
    } else {
        //: %1 is the reason
        q->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 5000);
    }
}

void MainWindow::Private::removeAutosave()
{
    QFile::remove(autosavePath());
    QSettings settings;
    settings.remove(u"autosave"_s);
}

void MainWindow::Private::offerAutosave()
{
    if (!QFileInfo::exists(autosavePath())) {
        return;
    }
    QSettings settings;
    const QString original = settings.value(u"autosave/file"_s).toString();
    const QString baseDir = settings.value(u"autosave/baseDir"_s).toString();
    const QString source = settings.value(u"autosave/source"_s).toString();
    autosaveOffered = true;
    const QDateTime time = settings.value(u"autosave/time"_s).toDateTime();
    const QString what = !original.isEmpty() ? QFileInfo(original).fileName()
        : !source.isEmpty()
        //: %1 the file name of another tool's file, such as "shop.json"
        ? tr("the route set converted from %1").arg(QFileInfo(source).fileName())
        : tr("an untitled route set");
    //: %1 a file name (or "an untitled route set"), %2 a time
    showMessage(
        tr("MockBench did not close cleanly. Restore the unsaved changes to %1 from "
           "%2?")
            .arg(what, QLocale().toString(time, QLocale::ShortFormat)),
        MessageKind::Question, tr("Restore"),
        [this, original, baseDir, source] {
            autosaveOffered = false;
            QFile copy(autosavePath());
            const LoadResult saved = copy.open(QIODevice::ReadOnly)
                ? RouteSetFormat::fromJson(copy.readAll(), baseDir)
                : RouteSetFormat::readFile(autosavePath());
            if (!saved.ok()) {
                showMessage(tr("The autosaved changes cannot be read: %1")
                                .arg(saved.errorStrings().join(u"; "_s)),
                    MessageKind::Error);
                return;
            }
            if (!original.isEmpty() && QFileInfo::exists(original)) {
                if (!q->openFile(original)) {
                    return; // the bar says why; the copy stays for the next start
                }
            } else {
                RouteSet empty;
                empty.baseDir = baseDir; // body files resolve where they did
                document->reset(empty);
                startNewHistory();
                foreignSource = source;
            }
            RouteSet restored = saved.routeSet;
            restored.baseDir = document->routeSet().baseDir;
            document->replaceAll(restored, tr("Restore autosaved changes"));
            removeAutosave();
        },
        tr("Discard"),
        [this] {
            autosaveOffered = false;
            removeAutosave();
        });
}

void MainWindow::Private::readSettings()
{
    QSettings settings;
    q->restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    q->restoreState(settings.value(u"window/state"_s).toByteArray());
    mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    topSplitter->restoreState(settings.value(u"window/topSplitter"_s).toByteArray());
    bottomSplitter->restoreState(settings.value(u"window/bottomSplitter"_s).toByteArray());
    rebuildRecentMenu();
}

void MainWindow::Private::writeSettings()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, q->saveGeometry());
    settings.setValue(u"window/state"_s, q->saveState());
    settings.setValue(u"window/mainSplitter"_s, mainSplitter->saveState());
    settings.setValue(u"window/topSplitter"_s, topSplitter->saveState());
    settings.setValue(u"window/bottomSplitter"_s, bottomSplitter->saveState());
}

bool MainWindow::start(const Options &options)
{
    d->options = options;
    options.server.applyTo(d->server);
    d->hostEdit->setText(options.host);
    d->portSpin->setValue(options.port);

    QString file = options.file;
    if (file.isEmpty() && options.restoreLastFile) {
        const QString last = QSettings().value(u"lastFile"_s).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            file = last;
        }
    }
    if (file.isEmpty() || !openFile(file)) {
        // Keep why the file did not open: starting a new history clears the message bar.
        const QString why = message();
        if (d->document->routeCount() == 0 && d->document->filePath().isEmpty()) {
            d->document->reset(RouteSet::builtInExample());
            d->startNewHistory();
        }
        if (!file.isEmpty()) {
            //: %1 is the error text of the file that could not be opened
            d->showMessage(tr("%1\nServing the built-in example instead.").arg(why),
                Private::MessageKind::Error);
        }
    }

    // Chaos from the command line replaces the file's global chaos, as headless.
    if (!options.chaos.isEmpty()) {
        // Part of the starting state, as headless serves it: not an unsaved edit that a
        // close would offer to write into the file.
        RouteSet set = d->document->routeSet();
        options.chaos.applyTo(&set.chaos);
        d->document->reset(set, d->document->filePath());
        d->startNewHistory();
        if (!d->foreignSource.isEmpty()) {
            // Still a converted file that has no MockBench file yet.
            d->undo->resetClean();
            d->showReport(d->reportText, d->reportLines);
        }
    }

    if (!options.logFile.isEmpty()) {
        d->exchangeLog = new ExchangeLog(this);
        QString error;
        if (d->exchangeLog->open(options.logFile, &error)) {
            d->exchangeLog->attach(&d->server->journal());
            connect(
                d->exchangeLog, &ExchangeLog::errorOccurred, this, [this](const QString &message) {
                    d->showMessage(tr("Request log: %1").arg(message), Private::MessageKind::Error);
                });
        } else {
            //: %1 the reason
            d->showMessage(
                tr("Cannot write the request log: %1").arg(error), Private::MessageKind::Error);
        }
    }

    d->offerAutosave();
    if (!options.startServer) {
        return true;
    }
    return startServer();
}

bool MainWindow::openFile(const QString &path)
{
    // Any format the core reads, found from the content (DESIGN.md §11).
    const LoadResult loaded = AnyFormat::readFile(path);
    if (!loaded.ok()) {
        //: %1 a file path, %2 one error per line
        d->showMessage(tr("Cannot open %1:\n%2")
                           .arg(QDir::toNativeSeparators(path), loaded.errorStrings().join(u'\n')),
            Private::MessageKind::Error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!loaded.format.isEmpty()) {
        // Another tool's file is never written over: it opens as a new, unsaved MockBench set
        // (no file, so Save asks for a name), and is not the file the next start reopens.
        d->document->reset(loaded.routeSet);
        d->startNewHistory();
        d->foreignSource = absolute;
        d->undo->resetClean(); // unsaved until saved as a MockBench file, whatever is undone
        d->addRecent(absolute, false);
        const int left = int(loaded.report.size());
        d->reportText = left == 0
            //: %1 a format such as "Mockoon environment", %2 a file name
            ? tr("Opened %1 %2 as a new MockBench route set; everything was carried over.")
                  .arg(loaded.format, QFileInfo(path).fileName())
            //: %1 a format such as "Mockoon environment", %2 a file name, %n how many things
            : tr("Opened %1 %2 as a new MockBench route set; %n thing(s) could not be carried "
                 "over.",
                nullptr, left)
                  .arg(loaded.format, QFileInfo(path).fileName());
        d->reportLines = loaded.report;
        d->showReport(d->reportText, d->reportLines);
        return true;
    }
    d->document->reset(loaded.routeSet, absolute);
    d->startNewHistory();
    d->foreignSource.clear();
    d->addRecent(d->document->filePath());
    //: %1 is a file name, %n the number of routes
    statusBar()->showMessage(tr("Opened %1: %n route(s)", nullptr, d->document->routeCount())
                                 .arg(QFileInfo(path).fileName()),
        5000);
    return true;
}

bool MainWindow::saveFile(const QString &path)
{
    d->editor->flushPendingEdits(); // what was typed a moment ago is saved too
    if (!d->foreignSource.isEmpty() && QFileInfo(path).absoluteFilePath() == d->foreignSource) {
        //: %1 a file path
        d->showMessage(tr("Cannot save over %1: it is another tool's file, which MockBench "
                          "never writes over. Choose another name.")
                           .arg(QDir::toNativeSeparators(path)),
            Private::MessageKind::Error);
        return false;
    }
    QString error;
    if (!d->document->saveAs(path, &error)) {
        d->showMessage(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), error),
            Private::MessageKind::Error);
        return false;
    }
    d->undo->setClean();
    d->foreignSource.clear();
    d->savedBytes = RouteSetFormat::toJson(d->document->routeSet());
    if (!d->autosaveOffered) {
        d->removeAutosave();
    }
    d->clearMessage();
    d->addRecent(d->document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    const LoadResult loaded = AnyFormat::readFile(path);
    if (!loaded.ok()) {
        d->showMessage(tr("Cannot import %1:\n%2")
                           .arg(QDir::toNativeSeparators(path), loaded.errorStrings().join(u'\n')),
            Private::MessageKind::Error);
        return false;
    }
    d->editor->flushPendingEdits();
    const RouteSet &imported = loaded.routeSet;
    RouteSet merged = d->document->routeSet();
    for (Route route : imported.routes) {
        // Imported routes keep their ids unless the set already has them.
        route.id = merged.uniqueId(route.id);
        merged.routes.append(route);
    }
    QStringList report = loaded.report;
    // The data stores come along when their names are free (a CRUD route needs its store).
    for (auto it = imported.data.begin(); it != imported.data.end(); ++it) {
        if (!merged.data.contains(it.key())) {
            merged.data.insert(it.key(), it.value());
        } else if (merged.data.value(it.key()) != it.value()) {
            //: a line of the import report: %1 a data store's name
            report.append(tr("data.%1: this route set already has a data store of that name; "
                             "the imported one was left out")
                              .arg(it.key()));
        }
    }
    // What belongs to the whole imported set, not to its routes, stays behind: say so.
    if (!imported.headers.isEmpty()) {
        report.append(tr("headers: the headers of every answer were not imported (Open the "
                         "file to keep them)"));
    }
    if (imported.cors != RouteSet::Cors::Off && merged.cors == RouteSet::Cors::Off) {
        report.append(tr("cors: the CORS preflight answer was not imported (Edit > Route Set "
                         "Settings)"));
    }
    if (imported.notFound) {
        report.append(tr("notFound: the answer to requests no route takes was not imported"));
    }
    const int count = int(imported.routes.size());
    FormatErrors errors;
    //: undo menu text: %1 a file name, %n how many routes
    if (!d->document->replaceAll(merged,
            tr("Import %n route(s) from %1", nullptr, count).arg(QFileInfo(path).fileName()),
            &errors)) {
        // Typically a bodyFile that exists next to the imported file but not here.
        d->showMessage(tr("Cannot import %1:\n%2")
                           .arg(QDir::toNativeSeparators(path), toStringList(errors).join(u'\n')),
            Private::MessageKind::Error);
        return false;
    }
    const QString what = loaded.format.isEmpty()
        ? QFileInfo(path).fileName()
        //: %1 a format such as "Mockoon environment", %2 a file name
        : tr("%1 %2").arg(loaded.format, QFileInfo(path).fileName());
    if (report.isEmpty()) {
        d->clearMessage();
        //: %1 a file name (or a format and a file name), %n how many routes
        statusBar()->showMessage(
            tr("Imported %n route(s) from %1", nullptr, count).arg(what), 5000);
    } else {
        //: %1 a file name (or a format and a file name), %2 "N route(s)", %n how many things
        d->showReport(tr("Imported %2 from %1; %n thing(s) could not be carried over.", nullptr,
                          int(report.size()))
                          .arg(what, tr("%n route(s)", nullptr, count)),
            report);
    }
    return true;
}

bool MainWindow::exportFile(const QString &path)
{
    QString error;
    if (!RouteSetFormat::writeFile(d->document->routeSet(), path, &error)) {
        d->showMessage(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), error),
            Private::MessageKind::Error);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportLog(const QString &path)
{
    const QList<Exchange> exchanges = d->server->journal().exchanges();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(HarWriter::write(exchanges, QCoreApplication::applicationVersion())) < 0
        || !file.commit()) {
        //: %1 a file path, %2 the reason
        d->showMessage(
            tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            Private::MessageKind::Error);
        return false;
    }
    //: %n requests, %1 a file name
    statusBar()->showMessage(tr("Exported %n request(s) to %1", nullptr, int(exchanges.size()))
                                 .arg(QFileInfo(path).fileName()),
        5000);
    return true;
}

bool MainWindow::startRecording(const QString &url, const QString &pathPattern)
{
    ProxyTarget target;
    target.url = QUrl(url, QUrl::StrictMode);
    if (const FormatErrors problems = Validation::proxy(target, u"url"_s); !problems.isEmpty()) {
        //: %1 what the user typed, %2 what is wrong with it
        d->showMessage(tr("Cannot record \"%1\": it %2").arg(url, problems.first().message),
            Private::MessageKind::Error);
        d->updateRecording();
        return false;
    }
    QString error;
    if (!d->admin->recorder()->start(target, pathPattern, &error)) {
        d->showMessage(tr("Cannot record: %1").arg(error), Private::MessageKind::Error);
        d->updateRecording();
        return false;
    }
    //: %1 the backend's URL
    d->showMessage(tr("Recording: every request goes to %1. Stop recording (Server > Stop "
                      "Recording) to add what was recorded as routes.")
                       .arg(target.url.toString()),
        Private::MessageKind::Info);
    d->updateRecording();
    return true;
}

int MainWindow::stopRecording()
{
    Recorder *recorder = d->admin->recorder();
    if (!recorder->isRecording()) {
        return 0;
    }
    const QString from = recorder->target()->url.toString();
    recorder->stop();
    d->updateRecording();
    d->editor->flushPendingEdits();
    const QList<Route> routes = recorder->routes();
    const QStringList skipped = recorder->skipped();
    if (routes.isEmpty()) {
        d->clearMessage();
        if (skipped.isEmpty()) {
            //: %1 the backend's URL
            statusBar()->showMessage(tr("Nothing was recorded from %1").arg(from), 5000);
        } else {
            d->showReport(tr("Nothing was recorded from %1.").arg(from), skipped);
        }
        return 0;
    }
    RouteSet merged = d->document->routeSet();
    for (Route route : routes) {
        route.id = merged.uniqueId(route.id.isEmpty() ? u"recorded"_s : route.id);
        merged.routes.append(route);
    }
    const int count = int(routes.size());
    FormatErrors errors;
    //: undo menu text: %n how many routes, %1 the backend's URL
    if (!d->document->replaceAll(
            merged, tr("Record %n route(s) from %1", nullptr, count).arg(from), &errors)) {
        d->showMessage(
            tr("Cannot add the recorded routes:\n%1").arg(toStringList(errors).join(u'\n')),
            Private::MessageKind::Error);
        return 0;
    }
    d->selectRow(d->document->routeCount() - 1);
    if (skipped.isEmpty()) {
        d->clearMessage();
        //: %n how many routes, %1 the backend's URL
        statusBar()->showMessage(
            tr("Recorded %n route(s) from %1", nullptr, count).arg(from), 5000);
    } else {
        //: %n how many routes, %1 the backend's URL; a list of what was not recorded follows
        d->showReport(
            tr("Recorded %n route(s) from %1; some exchanges were not recorded.", nullptr, count)
                .arg(from),
            skipped);
    }
    return count;
}

bool MainWindow::isRecording() const
{
    return d->admin && d->admin->recorder()->isRecording();
}

void MainWindow::createRouteFrom(const Exchange &exchange)
{
    QString note;
    Route route = Recorder::routeFromExchange(exchange, &note);
    route.id = d->document->uniqueId(u"from-log"_s);
    // Before the route that answered it, which would otherwise go on taking the request.
    const int row = exchange.matched() && exchange.routeIndex < d->document->routeCount()
        ? exchange.routeIndex
        : d->document->routeCount();
    //: undo menu text: %1 method, %2 path of the request a route is made from
    if (!d->document->insertRoute(
            row, route, tr("Create route from %1 %2").arg(route.method, route.path))) {
        return;
    }
    d->selectRow(row);
    if (note.isEmpty()) {
        statusBar()->showMessage(
            tr("Route %1 answers %2 %3 as it was answered").arg(route.id, route.method, route.path),
            5000);
    } else {
        d->showMessage(
            tr("Route %1 made from %2 %3, but %4").arg(route.id, route.method, route.path, note),
            Private::MessageKind::Warning);
    }
}

bool MainWindow::exportOpenApi(const QString &path)
{
    d->editor->flushPendingEdits(); // what was typed a moment ago is exported too
    const Import::OpenApiWriter::Result result =
        Import::OpenApiWriter::write(d->document->routeSet());
    QString error;
    if (!Import::OpenApiWriter::writeFile(result.document, path, &error)) {
        //: %1 a file path, %2 the reason
        d->showMessage(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), error),
            Private::MessageKind::Error);
        return false;
    }
    const QString file = QFileInfo(path).fileName();
    if (result.report.isEmpty()) {
        d->clearMessage();
        //: %1 a file name
        statusBar()->showMessage(tr("Exported an OpenAPI description to %1").arg(file), 5000);
    } else {
        //: %1 a file name, %n how many things the OpenAPI document does not describe
        d->showReport(tr("Exported an OpenAPI description to %1; %n thing(s) could not be "
                         "described.",
                          nullptr, int(result.report.size()))
                          .arg(file),
            result.report);
    }
    return true;
}

bool MainWindow::startServer()
{
    const QString hostText = d->hostEdit->text().trimmed();
    QHostAddress host;
    if (hostText == u"localhost") {
        host = QHostAddress(QHostAddress::LocalHost);
    } else if (!host.setAddress(hostText)) {
        //: %1 is what the user typed as host
        d->showMessage(tr("\"%1\" is not an IP address. Use 127.0.0.1 for this machine only, "
                          "or 0.0.0.0 for every network.")
                           .arg(hostText),
            Private::MessageKind::Error);
        return false;
    }
    d->options.host = hostText;
    d->options.port = d->portSpin->value();
    // The same rule as headless: open on loopback, token-only or off elsewhere.
    const AdminApi::Access access =
        AdminApi::accessFor(host, d->options.noAdmin, d->options.adminToken);
    d->admin->setAccess(access, d->options.adminToken);
    QStringList notices;
    if (QString error; !startServing(d->server, host, d->portSpin->value(), d->options.tls,
            d->document->routeSet(), &notices, &error)) {
        //: %1 host, %2 port, %3 the reason
        d->showMessage(
            tr("Cannot serve on %1 port %2: %3").arg(hostText).arg(d->portSpin->value()).arg(error),
            Private::MessageKind::Error);
        d->updateServerUi();
        return false;
    }
    for (const QString &notice : std::as_const(notices)) {
        d->showMessage(notice, Private::MessageKind::Info);
    }
    d->updateServerUi();
    d->urlButton->setToolTip(tr("The address clients use; click to copy it") + u"\n"
        + AdminApi::describe(access, d->server->baseUrl().toString()));
    //: %1 is a URL
    statusBar()->showMessage(tr("Serving at %1").arg(d->server->baseUrl().toString()), 5000);
    return true;
}

void MainWindow::stopServer()
{
    d->server->stop();
    d->updateServerUi();
}

QString MainWindow::message() const
{
    return d->messageBar->isHidden() ? QString() : d->messageLabel->text();
}

RouteSetDocument *MainWindow::document() const
{
    return d->document;
}

MockServer *MainWindow::server() const
{
    return d->server;
}

QUndoStack *MainWindow::undoStack() const
{
    return d->undo;
}

RouteTableModel *MainWindow::routeModel() const
{
    return d->routeModel;
}

RequestLogModel *MainWindow::logModel() const
{
    return d->logModel;
}

TrafficStats *MainWindow::trafficStats() const
{
    return d->stats;
}

AdminApi *MainWindow::adminApi() const
{
    return d->admin;
}

QTableView *MainWindow::routeTable() const
{
    return d->routeTable;
}

RouteEditor *MainWindow::routeEditor() const
{
    return d->editor;
}

ChaosPanel *MainWindow::chaosPanel() const
{
    return d->chaos;
}

TemplateHelpPanel *MainWindow::templateHelp() const
{
    return d->help;
}

StateView *MainWindow::stateView() const
{
    return d->state;
}

void MainWindow::showTemplateHelp(TemplateDialect dialect)
{
    // "none" has no helpers: show the route set's default instead, if it has some.
    if (dialect == TemplateDialect::None) {
        dialect = d->document->routeSet().templating;
    }
    d->help->setDialect(dialect);
    d->helpDock->show();
    d->helpDock->raise();
    d->help->focusFilter();
}

RequestLogView *MainWindow::logView() const
{
    return d->log;
}

void MainWindow::writeAutosave()
{
    d->writeAutosave();
}

QString MainWindow::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/autosave.mockbench.json"_s;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!d->maybeSave()) {
        event->ignore();
        return;
    }
    d->writeSettings();
    // Closed on purpose (saved or discarded): nothing to offer back next time, unless a crash
    // copy is still waiting for an answer.
    if (!d->autosaveOffered) {
        d->removeAutosave();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        return;
    }
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Let the drop finish before a dialog may ask about unsaved changes.
    QTimer::singleShot(0, this, [this, path] {
        if (d->maybeSave()) {
            openFile(path);
        }
    });
}

} // namespace MockBench
