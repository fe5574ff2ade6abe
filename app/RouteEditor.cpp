// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteEditor.h"

#include "ChaosEditor.h"
#include "ConditionsEditor.h"
#include "EditorFields.h"
#include "ResponseEditor.h"
#include "WheelGuard.h"
#include "document/RouteSetDocument.h"
#include "model/Route.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr int MaxErrorLines = 5;

QString routeLabel(const Route &route)
{
    return route.method + u' ' + route.path;
}

} // namespace

struct RouteEditor::Private
{
    RouteEditor *q;
    QPointer<RouteSetDocument> document;
    int row = -1;
    // Set while fields are filled from the document, so their change signals apply nothing.
    bool loading = false;

    QLabel *errorLabel = nullptr;
    QScrollArea *scroll = nullptr;
    QWidget *content = nullptr;

    QComboBox *methodCombo = nullptr;
    QLineEdit *pathEdit = nullptr;
    QComboBox *pathSyntaxCombo = nullptr;
    QLineEdit *idEdit = nullptr;
    QCheckBox *enabledCheck = nullptr;
    QCheckBox *forwardCheck = nullptr;
    QFormLayout *forwardForm = nullptr;
    QLineEdit *proxyUrlEdit = nullptr;
    QLineEdit *stripPrefixEdit = nullptr;
    QSpinBox *proxyTimeoutSpin = nullptr;
    QCheckBox *insecureCheck = nullptr;
    QGroupBox *responsesGroup = nullptr;
    ResponseEditor *responses = nullptr;
    ConditionsEditor *match = nullptr;
    ChaosEditor *chaos = nullptr;

    explicit Private(RouteEditor *editor, RouteSetDocument *doc)
        : q(editor)
        , document(doc)
    {
    }

    void build();
    QWidget *buildRouteGroup();
    QWidget *buildForwardGroup();
    QWidget *buildResponsesGroup();
    /// The forwarding fields shown as they are (URL and the rest only while forwarding), and
    /// the responses greyed out while the backend answers.
    void updateForwardFields(bool forwarding);
    /// Applies the forwarding fields: a route forwards once its URL is given.
    void commitForward();
    QWidget *buildMatchGroup();
    QWidget *buildChaos();
    void connectDocument();

    bool hasRoute() const { return document && row >= 0 && row < document->routeCount(); }
    bool editable() const { return !loading && hasRoute(); }

    void load(bool force);

    bool commitRoute(const std::function<void(Route &)> &change, const QString &text);
    void refuse(const QString &message);
    void clearError();
    QString describe(const FormatErrors &errors) const;

    void commitMethod();
    void updatePathHints();
    void commitConditions();
};

void RouteEditor::Private::build()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);

    errorLabel = EditorFields::refusalLabel(q, u"errorLabel"_s);
    layout->addWidget(errorLabel);

    scroll = new QScrollArea(q);
    scroll->setObjectName(u"scrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    // What the route answers comes first; the finer conditions and chaos after it.
    column->addWidget(buildRouteGroup());
    column->addWidget(buildForwardGroup());
    column->addWidget(buildResponsesGroup());
    column->addWidget(buildMatchGroup());
    column->addWidget(buildChaos());
    column->addStretch();
    scroll->setWidget(content);
    EditorFields::fitWidthToContent(scroll);
    layout->addWidget(scroll);
    WheelGuard::guardChildren(q);
}

QWidget *RouteEditor::Private::buildRouteGroup()
{
    auto *group = new QGroupBox(tr("Route"), content);
    auto *form = new QFormLayout(group);

    methodCombo = EditorFields::comboBox(group, u"methodCombo"_s);
    methodCombo->setEditable(true);
    methodCombo->setInsertPolicy(QComboBox::NoInsert);
    methodCombo->addItems({ u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s,
        u"OPTIONS"_s, u"*"_s });
    methodCombo->setToolTip(tr("An HTTP method, or * for any method"));
    form->addRow(tr("&Method:"), methodCombo);

    pathEdit = new QLineEdit(group);
    pathEdit->setObjectName(u"pathEdit"_s);
    form->addRow(tr("&Path:"), pathEdit);

    pathSyntaxCombo = EditorFields::comboBox(group, u"pathSyntaxCombo"_s);
    pathSyntaxCombo->addItem(
        tr("Template: {id}, {id:int}, {*rest}"), int(Route::PathSyntax::Template));
    pathSyntaxCombo->addItem(tr("Mockoon: :id, :id?, *"), int(Route::PathSyntax::Mockoon));
    pathSyntaxCombo->setToolTip(tr("How the path is written: MockBench's templates, or a "
                                   "Mockoon endpoint matched as Mockoon matches it"));
    form->addRow(tr("Path s&yntax:"), pathSyntaxCombo);

    idEdit = new QLineEdit(group);
    idEdit->setObjectName(u"idEdit"_s);
    idEdit->setToolTip(tr("Unique within the route set; the journal and the "
                          "chaos seed use it"));
    form->addRow(tr("&Id:"), idEdit);

    enabledCheck = new QCheckBox(tr("&Enabled"), group);
    enabledCheck->setObjectName(u"enabledCheck"_s);
    form->addRow(QString(), enabledCheck);

    QObject::connect(methodCombo, &QComboBox::currentIndexChanged, q, [this] { commitMethod(); });
    QObject::connect(
        methodCombo->lineEdit(), &QLineEdit::editingFinished, q, [this] { commitMethod(); });
    QObject::connect(pathEdit, &QLineEdit::editingFinished, q, [this] {
        pathEdit->setModified(false);
        const QString path = pathEdit->text().trimmed();
        commitRoute([&](Route &r) { r.path = path; },
            //: %1 is a route such as "GET /items"
            tr("Change path of %1"));
    });
    QObject::connect(pathSyntaxCombo, &QComboBox::currentIndexChanged, q, [this] {
        const auto syntax = Route::PathSyntax(pathSyntaxCombo->currentData().toInt());
        updatePathHints();
        commitRoute([&](Route &r) { r.pathSyntax = syntax; },
            //: %1 is a route such as "GET /items"
            tr("Change path syntax of %1"));
    });
    QObject::connect(idEdit, &QLineEdit::editingFinished, q, [this] {
        idEdit->setModified(false);
        const QString id = idEdit->text().trimmed();
        if (!editable() || id == document->route(row).id) {
            return;
        }
        if (id.isEmpty()) {
            refuse(tr("id: must not be empty"));
            return;
        }
        commitRoute([&](Route &r) { r.id = id; },
            //: %1 is a route such as "GET /items"
            tr("Change id of %1"));
    });
    QObject::connect(enabledCheck, &QCheckBox::toggled, q, [this](bool on) {
        commitRoute([&](Route &r) { r.enabled = on; },
            //: %1 is a route such as "GET /items"
            on ? tr("Enable %1") : tr("Disable %1"));
    });
    return group;
}

QWidget *RouteEditor::Private::buildForwardGroup()
{
    auto *group = new QGroupBox(tr("Backend"), content);
    forwardForm = new QFormLayout(group);
    forwardCheck = new QCheckBox(tr("&Forward to a backend"), group);
    forwardCheck->setObjectName(u"forwardCheck"_s);
    forwardCheck->setToolTip(tr("The backend answers what this route takes; the route's "
                                "latency and errors apply to its answers"));
    forwardForm->addRow(forwardCheck);
    proxyUrlEdit = new QLineEdit(group);
    proxyUrlEdit->setObjectName(u"proxyUrlEdit"_s);
    proxyUrlEdit->setPlaceholderText(u"https://api.example.com/v1"_s);
    proxyUrlEdit->setToolTip(tr("The request's path (less the prefix below) and query go after "
                                "this URL"));
    forwardForm->addRow(tr("Backend &URL:"), proxyUrlEdit);
    stripPrefixEdit = new QLineEdit(group);
    stripPrefixEdit->setObjectName(u"stripPrefixEdit"_s);
    stripPrefixEdit->setPlaceholderText(u"/api"_s);
    stripPrefixEdit->setToolTip(tr("Taken off the start of the path before it goes up"));
    forwardForm->addRow(tr("&Strip prefix:"), stripPrefixEdit);
    proxyTimeoutSpin = EditorFields::spinBox(group, u"proxyTimeoutSpin"_s, 1, 3600 * 1000);
    proxyTimeoutSpin->setSuffix(tr(" ms"));
    proxyTimeoutSpin->setToolTip(tr("No answer from the backend in this long answers 504"));
    forwardForm->addRow(tr("&Timeout:"), proxyTimeoutSpin);
    insecureCheck = new QCheckBox(tr("Accept any &certificate (a self-signed backend)"), group);
    insecureCheck->setObjectName(u"insecureCheck"_s);
    forwardForm->addRow(QString(), insecureCheck);

    QObject::connect(forwardCheck, &QCheckBox::toggled, q, [this](bool on) {
        if (loading) {
            return;
        }
        updateForwardFields(on);
        if (on) {
            if (proxyUrlEdit->text().trimmed().isEmpty()) {
                proxyUrlEdit->setFocus(); // forwards once a URL is given
                return;
            }
            commitForward();
            return;
        }
        commitRoute(
            [](Route &r) {
                r.proxy.reset();
                if (r.responses.isEmpty()) {
                    r.responses.append(Response::text(200, QString()));
                }
            },
            //: %1 is a route such as "GET /items"
            tr("Stop forwarding %1"));
    });
    for (QLineEdit *edit : { proxyUrlEdit, stripPrefixEdit }) {
        QObject::connect(edit, &QLineEdit::editingFinished, q, [this, edit] {
            if (edit->isModified()) {
                edit->setModified(false);
                commitForward();
            }
        });
    }
    QObject::connect(proxyTimeoutSpin, &QSpinBox::editingFinished, q, [this] { commitForward(); });
    QObject::connect(insecureCheck, &QCheckBox::toggled, q, [this] { commitForward(); });
    return group;
}

void RouteEditor::Private::updateForwardFields(bool forwarding)
{
    for (QWidget *field :
        { static_cast<QWidget *>(proxyUrlEdit), static_cast<QWidget *>(stripPrefixEdit),
            static_cast<QWidget *>(proxyTimeoutSpin), static_cast<QWidget *>(insecureCheck) }) {
        EditorFields::setRowShown(forwardForm, field, forwarding);
    }
    responsesGroup->setEnabled(!forwarding);
    responsesGroup->setToolTip(
        forwarding ? tr("The backend answers what this route takes") : QString());
}

void RouteEditor::Private::commitForward()
{
    if (!editable() || !forwardCheck->isChecked()) {
        return;
    }
    const QString url = proxyUrlEdit->text().trimmed();
    const QString prefix = stripPrefixEdit->text().trimmed();
    const int timeout = proxyTimeoutSpin->value();
    const bool insecure = insecureCheck->isChecked();
    commitRoute(
        [&](Route &r) {
            ProxyTarget target = r.proxy.value_or(ProxyTarget());
            target.url = QUrl(url, QUrl::StrictMode);
            target.stripPrefix = prefix;
            target.timeoutMs = timeout;
            target.insecure = insecure;
            r.proxy = target;
        },
        //: %1 is a route such as "GET /items"
        tr("Forward %1"));
}

QWidget *RouteEditor::Private::buildResponsesGroup()
{
    auto *group = new QGroupBox(tr("Responses"), content);
    responsesGroup = group;
    auto *layout = new QVBoxLayout(group);
    responses = new ResponseEditor(group);
    layout->addWidget(responses);

    QObject::connect(responses, &ResponseEditor::responsesEdited, q,
        [this](const QList<Response> &list, const QString &text) {
            commitRoute([&](Route &r) { r.responses = list; }, text);
        });
    QObject::connect(responses, &ResponseEditor::fallthroughEdited, q, [this](bool on) {
        commitRoute([&](Route &r) { r.fallthrough = on; },
            //: %1 is a route such as "GET /items"
            on ? tr("Let %1 fall through") : tr("Stop %1 falling through"));
    });
    QObject::connect(
        responses, &ResponseEditor::responseModeEdited, q, [this](Route::ResponseMode mode) {
            commitRoute(
                [&](Route &r) {
                    r.responseMode = mode;
                    // Falling through is a rules-mode choice only.
                    r.fallthrough = r.fallthrough && mode == Route::ResponseMode::Rules;
                },
                //: %1 is a route such as "GET /items"
                tr("Change response mode of %1"));
        });
    QObject::connect(
        responses, &ResponseEditor::templateHelpRequested, q, &RouteEditor::templateHelpRequested);
    QObject::connect(responses, &ResponseEditor::editRefused, q, [this](const QString &message) {
        if (editable()) {
            refuse(message);
        }
    });
    return group;
}

QWidget *RouteEditor::Private::buildMatchGroup()
{
    auto *group = new QGroupBox(tr("Request must also match"), content);
    auto *layout = new QVBoxLayout(group);
    match = new ConditionsEditor(u"match"_s, group);
    layout->addWidget(match);
    QObject::connect(match, &ConditionsEditor::edited, q, [this] { commitConditions(); });
    return group;
}

QWidget *RouteEditor::Private::buildChaos()
{
    chaos = new ChaosEditor(ChaosEditor::Scope::Route, content);
    QObject::connect(chaos, &ChaosEditor::latencyEdited, q, [this] {
        const auto latency = chaos->latency();
        commitRoute([&](Route &r) { r.chaos.latency = latency; },
            //: %1 is a route such as "GET /items"
            tr("Change latency of %1"));
    });
    QObject::connect(chaos, &ChaosEditor::errorRateEdited, q, [this] {
        const auto rate = chaos->errorRate();
        commitRoute([&](Route &r) { r.chaos.errorRate = rate; },
            //: %1 is a route such as "GET /items"
            tr("Change error rate of %1"));
    });
    QObject::connect(chaos, &ChaosEditor::errorEdited, q, [this] {
        const auto error = chaos->error();
        commitRoute([&](Route &r) { r.chaos.error = error; },
            //: %1 is a route such as "GET /items"
            tr("Change error of %1"));
    });
    return chaos;
}

void RouteEditor::Private::connectDocument()
{
    if (!document) {
        return;
    }
    QObject::connect(document, &RouteSetDocument::routeChanged, q, [this](int changed) {
        if (changed == row) {
            load(false);
        }
    });
    // Follow the route through inserts, removals and moves on the "about to" signals: they
    // come before any view hears of the change, so when the main window then selects a row
    // (in the numbering after the change) the editor is not shifted a second time.
    QObject::connect(document, &RouteSetDocument::routeAboutToBeInserted, q, [this](int inserted) {
        if (row >= 0 && inserted <= row) {
            ++row;
        }
    });
    QObject::connect(document, &RouteSetDocument::routeAboutToBeRemoved, q, [this](int removed) {
        if (removed == row) {
            responses->discardPendingEdits();
            row = -1;
            clearError();
            load(true);
        } else if (row >= 0 && removed < row) {
            --row;
        }
    });
    QObject::connect(document, &RouteSetDocument::routeAboutToBeMoved, q, [this](int from, int to) {
        if (row == from) {
            row = to;
        } else if (from < row && to >= row) {
            --row;
        } else if (from > row && to <= row && row >= 0) {
            ++row;
        }
    });
    QObject::connect(document, &RouteSetDocument::wasReset, q, [this] {
        responses->discardPendingEdits();
        if (!hasRoute()) {
            row = -1;
        }
        load(true);
    });
}

void RouteEditor::Private::load(bool force)
{
    const QScopedValueRollback<bool> guard(loading, true);
    const bool valid = hasRoute();
    content->setEnabled(valid);
    const Route route = valid ? document->route(row) : Route();
    force = force || !valid;

    QLineEdit *methodLine = methodCombo->lineEdit();
    if (force || !methodLine->hasFocus() || !methodLine->isModified()) {
        methodCombo->setCurrentIndex(methodCombo->findText(route.method));
        EditorFields::setLineText(methodLine, route.method, true);
    }
    EditorFields::setLineText(pathEdit, route.path, force);
    pathSyntaxCombo->setCurrentIndex(pathSyntaxCombo->findData(int(route.pathSyntax)));
    updatePathHints();
    EditorFields::setLineText(idEdit, route.id, force);
    enabledCheck->setChecked(route.enabled);
    const ProxyTarget target = route.proxy.value_or(ProxyTarget());
    // A route being switched to forwarding keeps its fields open until its URL is given.
    const bool forwarding =
        route.proxy.has_value() || (!force && forwardCheck->isChecked() && !route.proxy);
    forwardCheck->setChecked(forwarding);
    EditorFields::setLineText(proxyUrlEdit,
        route.proxy ? target.url.toString() : (force ? QString() : proxyUrlEdit->text()), force);
    EditorFields::setLineText(stripPrefixEdit,
        route.proxy ? target.stripPrefix : (force ? QString() : stripPrefixEdit->text()), force);
    if (force || !proxyTimeoutSpin->hasFocus()) {
        proxyTimeoutSpin->setValue(target.timeoutMs);
    }
    insecureCheck->setChecked(target.insecure);
    updateForwardFields(forwarding);
    match->setConditions(route.match, force);
    responses->setDataNames(document ? document->routeSet().data.keys() : QStringList());
    responses->setDefaultDialect(
        document ? document->routeSet().templating : TemplateDialect::JavaScript);
    responses->setRoute(route, document ? document->routeSet().baseDir : QString(), force);
    chaos->setChaos(route.chaos);
}

// ---- Committing -----------------------------------------------------------------------------

bool RouteEditor::Private::commitRoute(
    const std::function<void(Route &)> &change, const QString &text)
{
    if (!editable()) {
        return false;
    }
    const Route before = document->route(row);
    Route route = before;
    change(route);
    FormatErrors errors;
    const QString undoText = text.arg(routeLabel(before));
    if (document->updateRoute(row, route, undoText, &errors)) {
        clearError();
        return true;
    }
    refuse(describe(errors));
    return false;
}

QString RouteEditor::Private::describe(const FormatErrors &errors) const
{
    // The document checks the whole set; within this editor "routes[3]." says nothing.
    const QString prefix = u"routes[%1]"_s.arg(row);
    QStringList lines;
    for (const FormatError &e : errors) {
        QString path = e.path;
        if (path == prefix) {
            path.clear();
        } else if (path.startsWith(prefix + u'.')) {
            path = path.mid(prefix.size() + 1);
        }
        lines.append(path.isEmpty() ? e.message : path + u": " + e.message);
        if (lines.size() == MaxErrorLines) {
            break;
        }
    }
    if (lines.isEmpty()) {
        lines.append(tr("the route set would not be valid"));
    }
    return lines.join(u'\n');
}

void RouteEditor::Private::refuse(const QString &message)
{
    EditorFields::showRefusal(errorLabel, message);
    responses->discardPendingEdits();
    load(true); // the fields show the route as it still is
    Q_EMIT q->editRefused(message);
}

void RouteEditor::Private::clearError()
{
    errorLabel->hide();
    errorLabel->clear();
}

void RouteEditor::Private::commitMethod()
{
    if (!editable()) {
        return;
    }
    methodCombo->lineEdit()->setModified(false);
    // The file format upper-cases methods on load; doing it here keeps a save/open round trip
    // from changing the route.
    const QString method = methodCombo->currentText().trimmed().toUpper();
    commitRoute([&](Route &r) { r.method = method; },
        //: %1 is a route such as "GET /items"
        tr("Change method of %1"));
}

void RouteEditor::Private::updatePathHints()
{
    if (Route::PathSyntax(pathSyntaxCombo->currentData().toInt()) == Route::PathSyntax::Mockoon) {
        pathEdit->setPlaceholderText(u"/items/:id"_s);
        pathEdit->setToolTip(tr("Mockoon endpoint: literals, :name, :name?, * and (groups); "
                                "any case, an optional trailing slash"));
    } else {
        pathEdit->setPlaceholderText(u"/items/{id:int}"_s);
        pathEdit->setToolTip(tr("Path template: literals, {name}, {name:int}, "
                                "{name:regex} and a trailing {*rest}"));
    }
}

void RouteEditor::Private::commitConditions()
{
    if (!editable()) {
        return;
    }
    MatchConditions conditions;
    QString error;
    if (!match->readConditions(&conditions, &error)) {
        refuse(u"match: "_s + error);
        return;
    }
    commitRoute([&](Route &r) { r.match = conditions; },
        //: %1 is a route such as "GET /items"
        tr("Change conditions of %1"));
}

// ---- RouteEditor ----------------------------------------------------------------------------

RouteEditor::RouteEditor(RouteSetDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, document))
{
    d->build();
    d->connectDocument();
    d->load(true);
}

RouteEditor::~RouteEditor()
{
    // Child widgets go before d does; nothing they signal while dying may reach the document.
    d->loading = true;
    delete d->scroll;
}

void RouteEditor::flushPendingEdits()
{
    d->responses->flushPendingEdits();
}

void RouteEditor::setCurrentRow(int row)
{
    // Typing not yet applied belongs to the route it was typed into.
    d->responses->flushPendingEdits();
    if (!d->document || row < 0 || row >= d->document->routeCount()) {
        row = -1;
    }
    const bool other = row != d->row;
    if (other) {
        d->clearError();
    }
    d->row = row;
    d->load(true);
    if (other) {
        d->responses->setCurrentResponse(0);
    }
}

int RouteEditor::currentRow() const
{
    return d->row;
}

TemplateDialect RouteEditor::currentDialect() const
{
    return d->responses->currentDialect();
}

bool RouteEditor::insertTemplateText(const QString &text)
{
    return d->hasRoute() && d->responses->insertIntoBody(text);
}

} // namespace MockBench
