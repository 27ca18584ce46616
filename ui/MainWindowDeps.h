#pragma once

#include "model/Digest.h"

#include <QString>

#include <functional>

class Clock;
class QWidget;
class Settings;
namespace secrets { class SecretStore; }
namespace service { struct LlmSettings; }
namespace storage { class StorageWriter; }

namespace ui {

class BackgroundJobs;

// What the main window needs, passed in by reference (no globals). The
// launcher fills it from service::AppContext; tests fill it by hand.
struct MainWindowDeps
{
    QString readConnection;                    // GUI-thread SQLite connection name
    QString databasePath;                      // the profile's database (search opens its own connection); "" = readConnection's
    Settings *settings = nullptr;              // the profile's typed settings
    secrets::SecretStore *secrets = nullptr;   // where the API key lives
    std::function<QString()> apiKeyEntry;      // keychain entry of the configured provider
    storage::StorageWriter *writer = nullptr;  // every write goes through it
    const Clock *clock = nullptr;              // "today"
    BackgroundJobs *jobs = nullptr;            // refresh and digest; may be null
    std::function<Digest(const QString &day, qint64 edition)> loadDigest; // service::DigestReader::load
    // Sends a tiny request with `values` (the Settings form's, not saved)
    // and `typedKey` (a key typed but not stored; "" = the stored one);
    // `done` gets ok and a readable message. Null = not available.
    std::function<void(const service::LlmSettings &values, const QString &typedKey,
                       std::function<void(bool ok, const QString &message)> done)>
        testLlmConnection;
    // Called after the user moved an article: the local classifier learns
    // the stored correction. Null = nothing learns.
    std::function<void()> articleMoved;
    // Called after the LLM settings or the key changed (re-create the client).
    std::function<void()> llmSettingsChanged;
    // Asks for a file to read (save = false) or to write (save = true); ""
    // when cancelled. Null = a QFileDialog. Tests answer without a dialog.
    std::function<QString(QWidget *parent, bool save, const QString &caption, const QString &filter)> chooseFile;
};

} // namespace ui
