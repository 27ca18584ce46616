<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AppLauncher</name>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="72"/>
        <source>Daily Insights cannot start</source>
        <translation>데일리 인사이트를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="73"/>
        <source>%1

If the database was made by a newer version, update Daily Insights; to start afresh, pass another folder with --profile.</source>
        <translation>%1

데이터베이스가 더 새로운 버전에서 만들어졌다면 데일리 인사이트를 업데이트하세요. 새로 시작하려면 --profile로 다른 폴더를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>ui::ActivityStatus</name>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="27"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="32"/>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="34"/>
        <source>Show what failed, per source</source>
        <translation>실패한 소스별 내용 보기</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="52"/>
        <source>Fetching %1/%2 sources · %3 new</source>
        <translation>소스 가져오는 중 %1/%2 · 새 글 %3개</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="58"/>
        <source>Classifying %1/%2 articles</source>
        <translation>기사 분류 중 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="59"/>
        <source>Summarising %1/%2 sections</source>
        <translation>섹션 요약 중 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="90"/>
        <source>Offline summaries</source>
        <translation>오프라인 요약</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="91"/>
        <source>%1. Summaries are written by the built-in offline summariser; configure an LLM in Settings → LLM for model-written ones.</source>
        <translation>%1. 요약은 내장 오프라인 요약기가 작성합니다. 모델이 작성한 요약을 원하면 설정 → LLM에서 LLM을 구성하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="115"/>
        <source>Sources that failed</source>
        <translation>실패한 소스</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityStatus.cpp" line="116"/>
        <source>%n source(s) could not be refreshed. Check the address in Settings → Sources, or try again later.</source>
        <translation>
            <numerusform>소스 %n개를 새로 고치지 못했습니다. 설정 → 소스에서 주소를 확인하거나 나중에 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CategoriesSettingsTab</name>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Emoji</source>
        <translation>이모지</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Description (for the LLM)</source>
        <translation>설명 (LLM용)</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="29"/>
        <source>Keywords (comma-separated)</source>
        <translation>키워드 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="35"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="36"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="38"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="53"/>
        <source>Add a category</source>
        <translation>분야 추가</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="53"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="127"/>
        <source>Row %1: a category needs a name and a colour such as #3366cc.</source>
        <translation>%1행: 분야에는 이름과 #3366cc 같은 색상이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="152"/>
        <source>Categories</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="152"/>
        <source>The change could not be saved.</source>
        <translation>변경 내용을 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ui::CategoryListModel</name>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="18"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="21"/>
        <source>Not AI</source>
        <translation>AI 아님</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="50"/>
        <source>Not AI (%1)</source>
        <translation>AI 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="54"/>
        <source>Articles judged not about AI; left out of the digest</source>
        <translation>AI와 관련 없다고 판단되어 요약에서 빠진 기사</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CategoryListModel.cpp" line="55"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="75"/>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="76"/>
        <source>Pie</source>
        <translation>원형</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="77"/>
        <source>Trend, 7 days</source>
        <translation>추세, 7일</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="78"/>
        <source>Trend, 30 days</source>
        <translation>추세, 30일</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="83"/>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="167"/>
        <source>Articles per category</source>
        <translation>분야별 기사 수</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="210"/>
        <location filename="../ui/ChartPanel.cpp" line="237"/>
        <source>No classified articles for this day</source>
        <translation>이 날에는 분류된 기사가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="216"/>
        <source>Share of the day&apos;s articles</source>
        <translation>이 날 기사의 분야별 비율</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartPanel.cpp" line="243"/>
        <source>Articles per category, last %n day(s)</source>
        <translation>
            <numerusform>분야별 기사 수, 최근 %n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="275"/>
        <source>Not classified yet</source>
        <translation>아직 분류 안 됨</translation>
    </message>
</context>
<context>
    <name>ui::DayNavigator</name>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="34"/>
        <source>Previous day ( [ )</source>
        <translation>이전 날 ( [ )</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="36"/>
        <source>Next day ( ] )</source>
        <translation>다음 날 ( ] )</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="37"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="40"/>
        <source>Pick a day; bold days have a digest</source>
        <translation>날짜 선택 (굵은 날짜에는 요약이 있습니다)</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="97"/>
        <source>No day</source>
        <translation>날짜 없음</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25"/>
        <source>The shown day</source>
        <translation>표시 중인 날</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25"/>
        <source>Days from</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="30"/>
        <location filename="../ui/ExportDialog.cpp" line="77"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>The shown day (%1)</source>
        <translation>표시 중인 날 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="48"/>
        <source>Markdown + chart PNG</source>
        <translation>Markdown + 차트 PNG</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="49"/>
        <source>HTML (chart embedded)</source>
        <translation>HTML (차트 포함)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="50"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="60"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="65"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="72"/>
        <source>Export:</source>
        <translation>내보낼 범위:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="74"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="75"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="90"/>
        <source>Export folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="112"/>
        <source>Cannot use the folder &quot;%1&quot;: choose one you can write to.</source>
        <translation>&quot;%1&quot; 폴더를 쓸 수 없습니다. 쓰기 가능한 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134"/>
        <source>%1: nothing written: %2</source>
        <translation>%1: 아무것도 쓰지 못함: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="139"/>
        <source>Wrote %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="141"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="144"/>
        <source>No day with articles in that range.</source>
        <translation>그 기간에는 기사가 있는 날이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ui::GeneralSettingsTab</name>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="16"/>
        <source>Refresh when the window opens</source>
        <translation>창을 열 때 새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="17"/>
        <source>Closing the window keeps the app in the tray</source>
        <translation>창을 닫아도 트레이에 남기</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="27"/>
        <source>System (%1)</source>
        <translation>시스템 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="36"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="37"/>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="41"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="48"/>
        <source>This desktop has no system tray.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="52"/>
        <source>Time zone (decides an article&apos;s day):</source>
        <translation>시간대 (기사의 날짜 기준):</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="53"/>
        <source>Refresh every:</source>
        <translation>새로 고침 간격:</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="55"/>
        <source>Interface language (after a restart):</source>
        <translation>인터페이스 언어 (재시작 후 적용):</translation>
    </message>
</context>
<context>
    <name>ui::KeyOriginPrompt</name>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="15"/>
        <source>Send the API key elsewhere?</source>
        <translation>API 키를 다른 서버로 보낼까요?</translation>
    </message>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="16"/>
        <source>The %1 API key was stored for %2, but the base URL now points to %3.

Send the key to %3 from now on? Choose No unless you changed the base URL yourself.</source>
        <translation>%1 API 키는 %2에 쓰도록 저장되었지만, 기본 URL은 이제 %3을(를) 가리킵니다.

앞으로 이 키를 %3에 보낼까요? 기본 URL을 직접 바꾼 것이 아니라면 아니요를 고르세요.</translation>
    </message>
</context>
<context>
    <name>ui::LlmConnectionTest</name>
    <message>
        <location filename="../ui/LlmConnectionTest.cpp" line="49"/>
        <source>%1 answered in %2 ms</source>
        <translation>%1 모델이 %2 ms 만에 응답했습니다</translation>
    </message>
    <message>
        <location filename="../ui/LlmConnectionTest.cpp" line="65"/>
        <source>No provider is selected: choose one to test.</source>
        <translation>제공자가 선택되지 않았습니다. 테스트할 제공자를 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/LlmConnectionTest.cpp" line="93"/>
        <source>No API key is stored for %1: paste one above and store it.</source>
        <translation>%1의 API 키가 저장되어 있지 않습니다. 위에 붙여 넣고 저장하세요.</translation>
    </message>
</context>
<context>
    <name>ui::LlmSettingsTab</name>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="22"/>
        <source>Store key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="23"/>
        <source>Remove key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="24"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="42"/>
        <source>None (offline summaries)</source>
        <translation>없음 (오프라인 요약)</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="43"/>
        <source>OpenAI-compatible (OpenAI, Ollama, vLLM, …)</source>
        <translation>OpenAI 호환 (OpenAI, Ollama, vLLM 등)</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="48"/>
        <location filename="../ui/LlmSettingsTab.cpp" line="50"/>
        <source>empty = the provider&apos;s default</source>
        <translation>비우면 제공자 기본값</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="63"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="68"/>
        <source>paste a new key to store it in the system keychain</source>
        <translation>새 키를 붙여 넣으면 시스템 키체인에 저장됩니다</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="83"/>
        <source>Provider:</source>
        <translation>제공자:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="84"/>
        <source>Base URL:</source>
        <translation>기본 URL:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="85"/>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="86"/>
        <source>Summary language:</source>
        <translation>요약 언어:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="87"/>
        <source>Temperature:</source>
        <translation>온도:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="88"/>
        <source>Request timeout:</source>
        <translation>요청 제한 시간:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="89"/>
        <source>Parallel requests:</source>
        <translation>동시 요청 수:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="90"/>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="115"/>
        <source>No provider: digests use the offline classifier and summariser.</source>
        <translation>제공자 없음: 요약은 오프라인 분류기와 요약기를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="119"/>
        <source>Checking the keychain…</source>
        <translation>키체인 확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="127"/>
        <source>A key is stored in the system keychain.</source>
        <translation>시스템 키체인에 키가 저장되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="130"/>
        <source>No key stored. Local servers (Ollama, llama.cpp) need none.</source>
        <translation>저장된 키가 없습니다. 로컬 서버(Ollama, llama.cpp)에는 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="135"/>
        <source>The keychain is unavailable: %1. Start the desktop&apos;s keyring (e.g. gnome-keyring) or set the key in the environment for headless runs.</source>
        <translation>키체인을 사용할 수 없습니다: %1. 데스크톱 키링(예: gnome-keyring)을 시작하거나, 헤드리스 실행에서는 환경 변수로 키를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="154"/>
        <source>The key was not stored: %1</source>
        <translation>키를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="181"/>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="187"/>
        <source>Connected: %1</source>
        <translation>연결됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="187"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <location filename="../ui/MainWindowActions.cpp" line="250"/>
        <source>Daily Insights</source>
        <translation>데일리 인사이트</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML file there), then press **Refresh**.</source>
        <translation>아직 소스가 없습니다. **설정 → 소스**에서 피드를 추가하거나 OPML 파일을 가져온 뒤 **새로 고침**을 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **[**, **]** or the calendar.</source>
        <translation>이 날에는 기사가 없습니다. **새로 고침**으로 소스를 가져오거나 **[**, **]** 또는 달력으로 다른 날을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Nothing to read</source>
        <translation>읽을 기사 없음</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Not AI (%1)</source>
        <translation>AI 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>These articles were judged not to be about AI and are left out of the digest. Move one to a category (right-click) if that was wrong; your choice is kept.</source>
        <translation>이 기사들은 AI와 관련 없다고 판단되어 요약에서 빠졌습니다. 잘못된 경우 오른쪽 클릭으로 분야를 옮기면 그 선택이 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>%n AI article(s) on this day.</source>
        <translation>
            <numerusform>이 날의 AI 기사 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Select a category to read its summary.</source>
        <translation>분야를 선택하면 요약을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>All categories</source>
        <translation>전체 분야</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Source [%1] is not in this section&apos;s list.</source>
        <translation>출처 [%1]은(는) 이 섹션 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="46"/>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>&amp;Build digest</source>
        <translation>요약 만들기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="50"/>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="52"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>&amp;Previous day</source>
        <translation>이전 날(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="58"/>
        <source>&amp;Next day</source>
        <translation>다음 날(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="61"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="84"/>
        <source>Search all days (Ctrl+F)</source>
        <translation>모든 날짜 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="93"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="108"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="114"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="121"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="125"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="128"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="130"/>
        <source>&amp;About Daily Insights</source>
        <translation>데일리 인사이트 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>About Daily Insights</source>
        <translation>데일리 인사이트 정보</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="132"/>
        <source>Daily Insights %1
Daily AI-news digests by category, readable offline.</source>
        <translation>데일리 인사이트 %1
분야별 AI 뉴스 일일 요약, 오프라인에서도 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="197"/>
        <source>Every source failed: check the network connection or proxy, then refresh.</source>
        <translation>모든 소스가 실패했습니다. 네트워크 연결이나 프록시를 확인한 뒤 새로 고치세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="200"/>
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>소스 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="203"/>
        <source>Refresh cancelled; what arrived is kept.</source>
        <translation>새로 고침을 취소했습니다. 이미 받은 기사는 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="204"/>
        <source>%n new article(s)</source>
        <translation>
            <numerusform>새 기사 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="218"/>
        <source>The digest could not be built: %1</source>
        <translation>요약을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="224"/>
        <source>Digest ready</source>
        <translation>요약 완료</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="224"/>
        <source>The digest for %1 is ready.</source>
        <translation>%1 요약이 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="252"/>
        <source>Show window</source>
        <translation>창 보기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="293"/>
        <source>Only http(s) links are opened: %1</source>
        <translation>http(s) 링크만 엽니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="328"/>
        <source>Not AI</source>
        <translation>AI 아님</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="331"/>
        <source>Move to category</source>
        <translation>분야 옮기기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="332"/>
        <source>Category (kept as your choice):</source>
        <translation>분야 (내 선택으로 유지됨):</translation>
    </message>
</context>
<context>
    <name>ui::SearchPanel</name>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="29"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="29"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="29"/>
        <source>Match</source>
        <translation>일치 내용</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="65"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="66"/>
        <source>(not classified)</source>
        <translation>(미분류)</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="69"/>
        <source>Summary: %1</source>
        <translation>요약: %1</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="77"/>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 대한 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchPanel.cpp" line="78"/>
        <source>%n result(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot; 검색 결과 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22"/>
        <location filename="../ui/SettingsDialog.cpp" line="55"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="24"/>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25"/>
        <source>Categories</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
</context>
<context>
    <name>ui::SourceListModel</name>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="74"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="98"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="98"/>
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="118"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="120"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="122"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="124"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
</context>
<context>
    <name>ui::SourceView</name>
    <message>
        <location filename="../ui/SourceView.cpp" line="78"/>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="79"/>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="81"/>
        <source>Mark as unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="81"/>
        <source>Mark as read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="83"/>
        <source>Remove star</source>
        <translation>별표 해제</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="83"/>
        <source>Star</source>
        <translation>별표</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="85"/>
        <source>Move to category…</source>
        <translation>분야 옮기기…</translation>
    </message>
</context>
<context>
    <name>ui::SourcesSettingsTab</name>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="34"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="34"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="35"/>
        <source>Import OPML…</source>
        <translation>OPML 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="35"/>
        <source>Export OPML…</source>
        <translation>OPML 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Feed URL</source>
        <translation>피드 URL</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="50"/>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="75"/>
        <location filename="../ui/SourcesSettingsTab.cpp" line="79"/>
        <source>Add a source</source>
        <translation>소스 추가</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="75"/>
        <source>Feed URL:</source>
        <translation>피드 URL:</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="83"/>
        <source>Import sources from OPML</source>
        <translation>OPML에서 소스 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="88"/>
        <source>Export sources as OPML</source>
        <translation>소스를 OPML로 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="117"/>
        <source>failing (%n time(s))</source>
        <translation>
            <numerusform>실패 (%n회)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="120"/>
        <source>ok, %1</source>
        <translation>정상, %1</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="122"/>
        <source>not fetched yet</source>
        <translation>아직 가져오지 않음</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="136"/>
        <source>No sources yet: add a feed URL to start.</source>
        <translation>소스가 없습니다. 피드 URL을 추가해 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="138"/>
        <source>%n source(s) failing; the last error says why.</source>
        <translation>
            <numerusform>소스 %n개 실패 중. 마지막 오류에 이유가 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="140"/>
        <source>%n source(s).</source>
        <translation>
            <numerusform>소스 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="156"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation>&quot;%1&quot;은(는) http, https, file URL이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="201"/>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="221"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="224"/>
        <source>Nothing imported from %1: %2</source>
        <translation>%1에서 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="226"/>
        <source>Sources cannot be changed: the profile is read-only.</source>
        <translation>소스를 바꿀 수 없습니다: 프로필이 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="246"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="261"/>
        <source>Imported %1: %n source(s) added</source>
        <translation>
            <numerusform>%1 가져옴: 소스 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="262"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, 중복 %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="264"/>
        <source>, %n without an http, https or file URL ignored</source>
        <translation>
            <numerusform>, http·https·file URL이 없는 %n개 무시</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="278"/>
        <source>Daily Insights sources</source>
        <translation>Daily Insights 소스</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="280"/>
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>소스 %n개를 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="281"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ui::SummaryView</name>
    <message>
        <location filename="../ui/SummaryView.cpp" line="19"/>
        <source>Regenerate</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="26"/>
        <source>Write this section&apos;s summary again</source>
        <translation>이 섹션의 요약을 다시 작성</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="51"/>
        <source>The summary could not be made: %1</source>
        <translation>요약을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="54"/>
        <source>offline summary (no LLM)</source>
        <translation>오프라인 요약 (LLM 없음)</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="56"/>
        <source>imported history</source>
        <translation>가져온 기록</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="58"/>
        <source>by %1 (%2)</source>
        <translation>%1 (%2) 작성</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="58"/>
        <source>default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="60"/>
        <source>made %1</source>
        <translation>%1 생성</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="62"/>
        <source>%1 tokens in, %2 out</source>
        <translation>입력 토큰 %1, 출력 %2</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="75"/>
        <source>No summary yet for this section.</source>
        <translation>이 섹션에는 아직 요약이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="77"/>
        <source>Press **Build digest** to summarise the day (works offline too).</source>
        <translation>**요약 만들기**를 누르면 이 날을 요약합니다 (오프라인에서도 됩니다).</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="83"/>
        <source>Press **Regenerate** to try again.</source>
        <translation>**다시 만들기**를 눌러 다시 시도하세요.</translation>
    </message>
</context>
</TS>
