#include "ui/AppLauncher.h"

#include "service/AppContext.h"
#include "service/DigestService.h"
#include "service/ProfileClassifier.h"
#include "service/SingleInstance.h"
#include "settings/Settings.h"
#include "ui/ArxivMovePrompt.h"
#include "ui/KeyOriginPrompt.h"
#include "ui/LlmConnectionTest.h"
#include "ui/MainWindow.h"
#include "ui/QtChartRenderer.h"
#include "ui/ScreenshotRunner.h"
#include "ui/ServiceJobs.h"
#include "ui/StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace ui {

void installChartRenderer()
{
    static QtChartRenderer r;
    ChartRenderer::install(&r);
}

namespace {

// The UI language: the setting, else the system locale.
void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("daily-insights"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

void report(bool gui, const QString &title, const QString &text)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
    if (gui)
        QMessageBox::critical(nullptr, title, text);
}

} // namespace

QString startFailureText(service::AppContext::OpenFailure failure, const QString &error)
{
    if (failure == service::AppContext::OpenFailure::ProfileInUse)
        return error + QLatin1Char('.'); // the cause only: no advice about database versions
    return QCoreApplication::translate("AppLauncher", "%1\n\nTo start afresh, pass another folder with --profile.")
        .arg(error);
}

void bringToFront(QWidget &window)
{
    window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
    window.show();
    window.raise();
    window.activateWindow();
}

int runDesktop(QApplication &app)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Use the bundled demo feeds.")});
    parser.addOption(
        {QStringLiteral("screenshot"), QStringLiteral("Save PNGs into DIR and quit."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("ui-language"), QStringLiteral("en or ko."), QStringLiteral("lang")});
    QCommandLineOption measure(QStringLiteral("measure-startup"),
                               QStringLiteral("Print the first paint time and quit."));
    measure.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measure);
    parser.parse(app.arguments()); // unknown options are the CLI's business
    const QString shots = parser.value(QStringLiteral("screenshot"));

    service::AppContext context;
    service::AppContext::Options options;
    options.profileDir = parser.value(QStringLiteral("profile"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    const bool interactive = shots.isEmpty() && !parser.isSet(measure);
    QString error;
    if (!context.open(options, &error)) {
        installTranslators(app, parser.value(QStringLiteral("ui-language")));
        // A window already holds the profile: bring it to the front and go.
        // A command-line process holding it has no socket: say why we stop.
        if (interactive && context.openFailure() == service::AppContext::OpenFailure::ProfileInUse
            && service::SingleInstance::activateRunning(context.profile().dir())) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "AppLauncher", "Daily Insights is already open for this profile; its window was "
                                            "brought to the front.")));
            return 0;
        }
        report(shots.isEmpty(), QCoreApplication::translate("AppLauncher", "Daily Insights cannot start"),
               startFailureText(context.openFailure(), error));
        return 1;
    }
    Settings &settings = context.profile().settings();
    const QString language = parser.isSet(QStringLiteral("ui-language")) ? parser.value(QStringLiteral("ui-language"))
                                                                         : settings.string(SettingKey::UiLanguage);
    installTranslators(app, language);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/daily-insights.svg")));

    ServiceJobs jobs(context);
    MainWindowDeps deps;
    deps.readConnection = context.profile().connectionName();
    deps.databasePath = context.profile().databasePath();
    deps.settings = &settings;
    deps.secrets = &context.secretStore();
    deps.apiKeyEntry = [&context] { return context.apiKeyEntry(); };
    deps.writer = &context.writer();
    deps.clock = &context.clock();
    deps.jobs = &jobs;
    deps.loadDigest = [&context](const QString &day, qint64 edition) {
        return service::DigestReader::load(context.profile(), day, edition);
    };
    deps.llmSettingsChanged = [&jobs] { jobs.reloadLlm(); };
    if (service::ProfileClassifier *classifier = context.classifier())
        deps.articleMoved = [classifier] { classifier->update(); };
    // Filled once the window exists: it parents the question box.
    auto confirmOrigin = std::make_shared<service::ConfirmKeyOrigin>();
    deps.testLlmConnection = [&context, confirmOrigin](const service::LlmSettings &values, const QString &typedKey,
                                                       std::function<void(bool, const QString &)> done) {
        LlmConnectionTest::run(values, typedKey, context.secretStore(), &context.network(), &context, *confirmOrigin,
                               std::move(done));
    };

    MainWindow window(deps);
    // The local model's news (rebuilt, examples dropped, not saved) in the status bar.
    if (service::ProfileClassifier *classifier = context.classifier()) {
        QObject::connect(classifier, &service::ProfileClassifier::message, &window,
                         [&window](const QString &text) { window.showNotice(text); });
    }
    *confirmOrigin = keyOriginPrompt(&window);
    context.setKeyOriginConfirmation(*confirmOrigin);
    service::SingleInstance instance;
    if (interactive) {
        QString why;
        if (instance.listen(context.profile().dir(), &why))
            QObject::connect(&instance, &service::SingleInstance::activationRequested, &window,
                             [&window] { bringToFront(window); });
        else
            std::fprintf(stderr, "daily-insights: a second start cannot reach this window: %s\n", qPrintable(why));
    }
    if (parser.isSet(measure))
        new StartupProbe(&window); // no refresh: the time to a painted window from the local database
    window.show();
    jobs.reloadLlm();
    if (!shots.isEmpty() && !parser.isSet(measure)) {
        auto *runner = new ScreenshotRunner(window, deps, shots, &window);
        QTimer::singleShot(0, runner, &ScreenshotRunner::start);
    } else if (settings.flag(SettingKey::RefreshOnStart) && !parser.isSet(measure)) {
        QTimer::singleShot(0, &window, &MainWindow::toggleRefresh);
    }
    if (interactive) {
        // Asked once: an older profile's arXiv listings flood News.
        QTimer::singleShot(0, &window, [&window, &context] {
            askArxivMove(&window, context.profile(), context.writer(), [&window](bool moved, const QString &error) {
                if (!error.isEmpty())
                    window.showNotice(error);
                else if (moved)
                    window.showNotice(QCoreApplication::translate(
                        "AppLauncher", "The arXiv listings now feed the Papers edition."));
            });
        });
    }
    return app.exec();
}

} // namespace ui
