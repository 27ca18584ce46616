<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppLauncher</name>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="72"/>
        <source>Daily Insights cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="73"/>
        <source>%1

If the database was made by a newer version, update Daily Insights; to start afresh, pass another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ActivityStatus</name>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="32"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="34"/>
        <source>Show what failed, per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="52"/>
        <source>Fetching %1/%2 sources · %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="58"/>
        <source>Classifying %1/%2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="59"/>
        <source>Summarising %1/%2 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="90"/>
        <source>Offline summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="91"/>
        <source>%1. Summaries are written by the built-in offline summariser; configure an LLM in Settings → LLM for model-written ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="115"/>
        <source>Sources that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityStatus.cpp" line="116"/>
        <source>%n source(s) could not be refreshed. Check the address in Settings → Sources, or try again later.</source>
        <translation>
            <numerusform>%n source could not be refreshed. Check the address in Settings → Sources, or try again later.</numerusform>
            <numerusform>%n sources could not be refreshed. Check the address in Settings → Sources, or try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CategoriesSettingsTab</name>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Description (for the LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Keywords (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="35"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="36"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="38"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="53"/>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="53"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="127"/>
        <source>Row %1: a category needs a name and a colour such as #3366cc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="152"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="152"/>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CategoryListModel</name>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="18"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="21"/>
        <source>Not AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="50"/>
        <source>Not AI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="54"/>
        <source>Articles judged not about AI; left out of the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CategoryListModel.cpp" line="55"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="75"/>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="76"/>
        <source>Pie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="77"/>
        <source>Trend, 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="78"/>
        <source>Trend, 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="83"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="167"/>
        <source>Articles per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="210"/>
        <location filename="../ui/ChartPanel.cpp" line="237"/>
        <source>No classified articles for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="216"/>
        <source>Share of the day&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartPanel.cpp" line="243"/>
        <source>Articles per category, last %n day(s)</source>
        <translation>
            <numerusform>Articles per category, last %n day</numerusform>
            <numerusform>Articles per category, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="275"/>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DayNavigator</name>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="34"/>
        <source>Previous day ( [ )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="36"/>
        <source>Next day ( ] )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="37"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="40"/>
        <source>Pick a day; bold days have a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="97"/>
        <source>No day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25"/>
        <source>The shown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25"/>
        <source>Days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="30"/>
        <location filename="../ui/ExportDialog.cpp" line="77"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>The shown day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="48"/>
        <source>Markdown + chart PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="49"/>
        <source>HTML (chart embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="50"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="60"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="65"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="72"/>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="74"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="75"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="90"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="112"/>
        <source>Cannot use the folder &quot;%1&quot;: choose one you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134"/>
        <source>%1: nothing written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="139"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="141"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="144"/>
        <source>No day with articles in that range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::GeneralSettingsTab</name>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="16"/>
        <source>Refresh when the window opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="17"/>
        <source>Closing the window keeps the app in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="27"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="36"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="37"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="41"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="48"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="52"/>
        <source>Time zone (decides an article&apos;s day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="53"/>
        <source>Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="55"/>
        <source>Interface language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::KeyOriginPrompt</name>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="15"/>
        <source>Send the API key elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="16"/>
        <source>The %1 API key was stored for %2, but the base URL now points to %3.

Send the key to %3 from now on? Choose No unless you changed the base URL yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LlmConnectionTest</name>
    <message>
        <location filename="../ui/LlmConnectionTest.cpp" line="49"/>
        <source>%1 answered in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmConnectionTest.cpp" line="65"/>
        <source>No provider is selected: choose one to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmConnectionTest.cpp" line="93"/>
        <source>No API key is stored for %1: paste one above and store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LlmSettingsTab</name>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="22"/>
        <source>Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="23"/>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="24"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="42"/>
        <source>None (offline summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="43"/>
        <source>OpenAI-compatible (OpenAI, Ollama, vLLM, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="48"/>
        <location filename="../ui/LlmSettingsTab.cpp" line="50"/>
        <source>empty = the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="63"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="68"/>
        <source>paste a new key to store it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="83"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="84"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="85"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="86"/>
        <source>Summary language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="87"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="88"/>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="89"/>
        <source>Parallel requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="90"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="115"/>
        <source>No provider: digests use the offline classifier and summariser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="119"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="127"/>
        <source>A key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="130"/>
        <source>No key stored. Local servers (Ollama, llama.cpp) need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="135"/>
        <source>The keychain is unavailable: %1. Start the desktop&apos;s keyring (e.g. gnome-keyring) or set the key in the environment for headless runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="154"/>
        <source>The key was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="181"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="187"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="187"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <location filename="../ui/MainWindowActions.cpp" line="250"/>
        <source>Daily Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML file there), then press **Refresh**.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **[**, **]** or the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Nothing to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Not AI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>These articles were judged not to be about AI and are left out of the digest. Move one to a category (right-click) if that was wrong; your choice is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>%n AI article(s) on this day.</source>
        <translation>
            <numerusform>%n AI article on this day.</numerusform>
            <numerusform>%n AI articles on this day.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Select a category to read its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Source [%1] is not in this section&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="46"/>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>&amp;Build digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="50"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="52"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>&amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="58"/>
        <source>&amp;Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="61"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="84"/>
        <source>Search all days (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="93"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="108"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="114"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="121"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="125"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="128"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="130"/>
        <source>&amp;About Daily Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>About Daily Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="132"/>
        <source>Daily Insights %1
Daily AI-news digests by category, readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="197"/>
        <source>Every source failed: check the network connection or proxy, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="200"/>
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>%n source failed</numerusform>
            <numerusform>%n sources failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="203"/>
        <source>Refresh cancelled; what arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="204"/>
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="218"/>
        <source>The digest could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="224"/>
        <source>Digest ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="224"/>
        <source>The digest for %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="252"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="293"/>
        <source>Only http(s) links are opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="328"/>
        <source>Not AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="331"/>
        <source>Move to category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="332"/>
        <source>Category (kept as your choice):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SearchPanel</name>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="29"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="29"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="29"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="65"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="66"/>
        <source>(not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="69"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="77"/>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchPanel.cpp" line="78"/>
        <source>%n result(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%n result for &quot;%1&quot;</numerusform>
            <numerusform>%n results for &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22"/>
        <location filename="../ui/SettingsDialog.cpp" line="55"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="24"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SourceListModel</name>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="74"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="98"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="98"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="118"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="120"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="122"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="124"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SourceView</name>
    <message>
        <location filename="../ui/SourceView.cpp" line="78"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="79"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="81"/>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="81"/>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="83"/>
        <source>Remove star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="83"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="85"/>
        <source>Move to category…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SourcesSettingsTab</name>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="34"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="34"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="35"/>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="35"/>
        <source>Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Feed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="75"/>
        <location filename="../ui/SourcesSettingsTab.cpp" line="79"/>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="75"/>
        <source>Feed URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="83"/>
        <source>Import sources from OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="88"/>
        <source>Export sources as OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="117"/>
        <source>failing (%n time(s))</source>
        <translation>
            <numerusform>failing (%n time)</numerusform>
            <numerusform>failing (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="120"/>
        <source>ok, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="122"/>
        <source>not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="136"/>
        <source>No sources yet: add a feed URL to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="138"/>
        <source>%n source(s) failing; the last error says why.</source>
        <translation>
            <numerusform>%n source failing; the last error says why.</numerusform>
            <numerusform>%n sources failing; the last error says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="140"/>
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n source.</numerusform>
            <numerusform>%n sources.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="156"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="201"/>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="221"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="224"/>
        <source>Nothing imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="226"/>
        <source>Sources cannot be changed: the profile is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="246"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="261"/>
        <source>Imported %1: %n source(s) added</source>
        <translation>
            <numerusform>Imported %1: %n source added</numerusform>
            <numerusform>Imported %1: %n sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="262"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="264"/>
        <source>, %n without an http, https or file URL ignored</source>
        <translation>
            <numerusform>, %n without an http, https or file URL ignored</numerusform>
            <numerusform>, %n without an http, https or file URL ignored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="278"/>
        <source>Daily Insights sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="280"/>
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>Exported %n source to %1.</numerusform>
            <numerusform>Exported %n sources to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="281"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SummaryView</name>
    <message>
        <location filename="../ui/SummaryView.cpp" line="19"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="26"/>
        <source>Write this section&apos;s summary again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="51"/>
        <source>The summary could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="54"/>
        <source>offline summary (no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="56"/>
        <source>imported history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="58"/>
        <source>by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="58"/>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="60"/>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="62"/>
        <source>%1 tokens in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="75"/>
        <source>No summary yet for this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="77"/>
        <source>Press **Build digest** to summarise the day (works offline too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="83"/>
        <source>Press **Regenerate** to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
