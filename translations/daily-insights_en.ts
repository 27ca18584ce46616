<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ui::ActivityStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what failed, per source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching %1/%2 sources · %3 new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classifying %1/%2 articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summarising %1/%2 sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline summaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Summaries are written by the built-in offline summariser; configure an LLM in Settings → LLM for model-written ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources that failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be refreshed. Check the address in Settings → Sources, or try again later.</source>
        <translation><numerusform>%n source could not be refreshed. Check the address in Settings → Sources, or try again later.</numerusform><numerusform>%n sources could not be refreshed. Check the address in Settings → Sources, or try again later.</numerusform></translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <source>Daily Insights cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

If the database was made by a newer version, update Daily Insights; to start afresh, pass another folder with --profile.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::CategoriesSettingsTab</name>
    <message>
        <source>Emoji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description (for the LLM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keywords (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: a category needs a name and a colour such as #3366cc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::CategoryListModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles judged not about AI; left out of the digest</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <source>Bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend, 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend, 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No classified articles for this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the day's articles</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Articles per category, last %n day(s)</source>
        <translation><numerusform>Articles per category, last %n day</numerusform><numerusform>Articles per category, last %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::DayNavigator</name>
    <message>
        <source>Previous day ( [ )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next day ( ] )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a day; bold days have a digest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <source>The shown day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shown day (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown + chart PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML (chart embedded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the folder "%1": choose one you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No day with articles in that range.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::GeneralSettingsTab</name>
    <message>
        <source>Refresh when the window opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing the window keeps the app in the tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone (decides an article's day):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language (after a restart):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::LlmSettingsTab</name>
    <message>
        <source>Store key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (offline summaries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, vLLM, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty = the provider's default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paste a new key to store it in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parallel requests:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No provider: digests use the offline classifier and summariser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key stored. Local servers (Ollama, llama.cpp) need none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is unavailable: %1. Start the desktop's keyring (e.g. gnome-keyring) or set the key in the environment for headless runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Daily Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML file there), then press **Refresh**.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **[**, **]** or the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These articles were judged not to be about AI and are left out of the digest. Move one to a category (right-click) if that was wrong; your choice is kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n AI article(s) on this day.</source>
        <translation><numerusform>%n AI article on this day.</numerusform><numerusform>%n AI articles on this day.</numerusform></translation>
    </message>
    <message>
        <source>Select a category to read its summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source [%1] is not in this section's list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Build digest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search all days (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Daily Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Daily Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily Insights %1
Daily AI-news digests by category, readable offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every source failed: check the network connection or proxy, then refresh.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation><numerusform>%n source failed</numerusform><numerusform>%n sources failed</numerusform></translation>
    </message>
    <message>
        <source>Refresh cancelled; what arrived is kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation><numerusform>%n new article</numerusform><numerusform>%n new articles</numerusform></translation>
    </message>
    <message>
        <source>The digest could not be built: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The digest for %1 is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only http(s) links are opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category (kept as your choice):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SearchPanel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not classified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for "%1".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s) for "%1"</source>
        <translation><numerusform>%n result for "%1"</numerusform><numerusform>%n results for "%1"</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LLM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SourceListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SourceView</name>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to category…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SourcesSettingsTab</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed URL:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>failing (%n time(s))</source>
        <translation><numerusform>failing (%n time)</numerusform><numerusform>failing (%n times)</numerusform></translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not fetched yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sources yet: add a feed URL to start.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) failing; the last error says why.</source>
        <translation><numerusform>%n source failing; the last error says why.</numerusform><numerusform>%n sources failing; the last error says why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation><numerusform>%n source.</numerusform><numerusform>%n sources.</numerusform></translation>
    </message>
    <message>
        <source>"%1" is not an http, https or file URL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::SummaryView</name>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write this section's summary again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offline summary (no LLM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No summary yet for this section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press **Build digest** to summarise the day (works offline too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press **Regenerate** to try again.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>