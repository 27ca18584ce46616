<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ui::ActivityStatus</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Show what failed, per source</source>
        <translation>실패한 소스별 내용 보기</translation>
    </message>
    <message>
        <source>Fetching %1/%2 sources · %3 new</source>
        <translation>소스 가져오는 중 %1/%2 · 새 글 %3개</translation>
    </message>
    <message>
        <source>Classifying %1/%2 articles</source>
        <translation>기사 분류 중 %1/%2</translation>
    </message>
    <message>
        <source>Summarising %1/%2 sections</source>
        <translation>섹션 요약 중 %1/%2</translation>
    </message>
    <message>
        <source>Offline summaries</source>
        <translation>오프라인 요약</translation>
    </message>
    <message>
        <source>%1. Summaries are written by the built-in offline summariser; configure an LLM in Settings → LLM for model-written ones.</source>
        <translation>%1. 요약은 내장 오프라인 요약기가 작성합니다. 모델이 작성한 요약을 원하면 설정 → LLM에서 LLM을 구성하세요.</translation>
    </message>
    <message>
        <source>Sources that failed</source>
        <translation>실패한 소스</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be refreshed. Check the address in Settings → Sources, or try again later.</source>
        <translation><numerusform>소스 %n개를 새로 고치지 못했습니다. 설정 → 소스에서 주소를 확인하거나 나중에 다시 시도하세요.</numerusform></translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <source>Daily Insights cannot start</source>
        <translation>데일리 인사이트를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>%1

If the database was made by a newer version, update Daily Insights; to start afresh, pass another folder with --profile.</source>
        <translation>%1

데이터베이스가 더 새로운 버전에서 만들어졌다면 데일리 인사이트를 업데이트하세요. 새로 시작하려면 --profile로 다른 폴더를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>ui::CategoriesSettingsTab</name>
    <message>
        <source>Emoji</source>
        <translation>이모지</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Description (for the LLM)</source>
        <translation>설명 (LLM용)</translation>
    </message>
    <message>
        <source>Keywords (comma-separated)</source>
        <translation>키워드 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>분야 추가</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Row %1: a category needs a name and a colour such as #3366cc.</source>
        <translation>%1행: 분야에는 이름과 #3366cc 같은 색상이 필요합니다.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>변경 내용을 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ui::CategoryListModel</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Not AI</source>
        <translation>AI 아님</translation>
    </message>
    <message>
        <source>Not AI (%1)</source>
        <translation>AI 아님 (%1)</translation>
    </message>
    <message>
        <source>Articles judged not about AI; left out of the digest</source>
        <translation>AI와 관련 없다고 판단되어 요약에서 빠진 기사</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>기사 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>원형</translation>
    </message>
    <message>
        <source>Trend, 7 days</source>
        <translation>추세, 7일</translation>
    </message>
    <message>
        <source>Trend, 30 days</source>
        <translation>추세, 30일</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <source>Articles per category</source>
        <translation>분야별 기사 수</translation>
    </message>
    <message>
        <source>No classified articles for this day</source>
        <translation>이 날에는 분류된 기사가 없습니다</translation>
    </message>
    <message>
        <source>Share of the day's articles</source>
        <translation>이 날 기사의 분야별 비율</translation>
    </message>
    <message numerus="yes">
        <source>Articles per category, last %n day(s)</source>
        <translation><numerusform>분야별 기사 수, 최근 %n일</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::DayNavigator</name>
    <message>
        <source>Previous day ( [ )</source>
        <translation>이전 날 ( [ )</translation>
    </message>
    <message>
        <source>Next day ( ] )</source>
        <translation>다음 날 ( ] )</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Pick a day; bold days have a digest</source>
        <translation>날짜 선택 (굵은 날짜에는 요약이 있습니다)</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>날짜 없음</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <source>The shown day</source>
        <translation>표시 중인 날</translation>
    </message>
    <message>
        <source>Days from</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>The shown day (%1)</source>
        <translation>표시 중인 날 (%1)</translation>
    </message>
    <message>
        <source>Markdown + chart PNG</source>
        <translation>Markdown + 차트 PNG</translation>
    </message>
    <message>
        <source>HTML (chart embedded)</source>
        <translation>HTML (차트 포함)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보낼 범위:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <source>Cannot use the folder "%1": choose one you can write to.</source>
        <translation>"%1" 폴더를 쓸 수 없습니다. 쓰기 가능한 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: nothing written: %2</source>
        <translation>%1: 아무것도 쓰지 못함: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No day with articles in that range.</source>
        <translation>그 기간에는 기사가 있는 날이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ui::GeneralSettingsTab</name>
    <message>
        <source>Refresh when the window opens</source>
        <translation>창을 열 때 새로 고침</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray</source>
        <translation>창을 닫아도 트레이에 남기</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다.</translation>
    </message>
    <message>
        <source>Time zone (decides an article's day):</source>
        <translation>시간대 (기사의 날짜 기준):</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>새로 고침 간격:</translation>
    </message>
    <message>
        <source>Interface language (after a restart):</source>
        <translation>인터페이스 언어 (재시작 후 적용):</translation>
    </message>
</context>
<context>
    <name>ui::LlmSettingsTab</name>
    <message>
        <source>Store key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>None (offline summaries)</source>
        <translation>없음 (오프라인 요약)</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, vLLM, …)</source>
        <translation>OpenAI 호환 (OpenAI, Ollama, vLLM 등)</translation>
    </message>
    <message>
        <source>empty = the provider's default</source>
        <translation>비우면 제공자 기본값</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>paste a new key to store it in the system keychain</source>
        <translation>새 키를 붙여 넣으면 시스템 키체인에 저장됩니다</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>제공자:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>기본 URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Summary language:</source>
        <translation>요약 언어:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>온도:</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>요청 제한 시간:</translation>
    </message>
    <message>
        <source>Parallel requests:</source>
        <translation>동시 요청 수:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>No provider: digests use the offline classifier and summariser.</source>
        <translation>제공자 없음: 요약은 오프라인 분류기와 요약기를 사용합니다.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>키체인 확인 중…</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>시스템 키체인에 키가 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>No key stored. Local servers (Ollama, llama.cpp) need none.</source>
        <translation>저장된 키가 없습니다. 로컬 서버(Ollama, llama.cpp)에는 필요 없습니다.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1. Start the desktop's keyring (e.g. gnome-keyring) or set the key in the environment for headless runs.</source>
        <translation>키체인을 사용할 수 없습니다: %1. 데스크톱 키링(예: gnome-keyring)을 시작하거나, 헤드리스 실행에서는 환경 변수로 키를 지정하세요.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>키를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>연결됨: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Daily Insights</source>
        <translation>데일리 인사이트</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML file there), then press **Refresh**.</source>
        <translation>아직 소스가 없습니다. **설정 → 소스**에서 피드를 추가하거나 OPML 파일을 가져온 뒤 **새로 고침**을 누르세요.</translation>
    </message>
    <message>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **[**, **]** or the calendar.</source>
        <translation>이 날에는 기사가 없습니다. **새로 고침**으로 소스를 가져오거나 **[**, **]** 또는 달력으로 다른 날을 고르세요.</translation>
    </message>
    <message>
        <source>Nothing to read</source>
        <translation>읽을 기사 없음</translation>
    </message>
    <message>
        <source>Not AI (%1)</source>
        <translation>AI 아님 (%1)</translation>
    </message>
    <message>
        <source>These articles were judged not to be about AI and are left out of the digest. Move one to a category (right-click) if that was wrong; your choice is kept.</source>
        <translation>이 기사들은 AI와 관련 없다고 판단되어 요약에서 빠졌습니다. 잘못된 경우 오른쪽 클릭으로 분야를 옮기면 그 선택이 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n AI article(s) on this day.</source>
        <translation><numerusform>이 날의 AI 기사 %n개.</numerusform></translation>
    </message>
    <message>
        <source>Select a category to read its summary.</source>
        <translation>분야를 선택하면 요약을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>전체 분야</translation>
    </message>
    <message>
        <source>Source [%1] is not in this section's list.</source>
        <translation>출처 [%1]은(는) 이 섹션 목록에 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Build digest</source>
        <translation>요약 만들기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>이전 날(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>다음 날(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Search all days (Ctrl+F)</source>
        <translation>모든 날짜 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Daily Insights</source>
        <translation>데일리 인사이트 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Daily Insights</source>
        <translation>데일리 인사이트 정보</translation>
    </message>
    <message>
        <source>Daily Insights %1
Daily AI-news digests by category, readable offline.</source>
        <translation>데일리 인사이트 %1
분야별 AI 뉴스 일일 요약, 오프라인에서도 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Every source failed: check the network connection or proxy, then refresh.</source>
        <translation>모든 소스가 실패했습니다. 네트워크 연결이나 프록시를 확인한 뒤 새로 고치세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation><numerusform>소스 %n개 실패</numerusform></translation>
    </message>
    <message>
        <source>Refresh cancelled; what arrived is kept.</source>
        <translation>새로 고침을 취소했습니다. 이미 받은 기사는 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation><numerusform>새 기사 %n개</numerusform></translation>
    </message>
    <message>
        <source>The digest could not be built: %1</source>
        <translation>요약을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Digest ready</source>
        <translation>요약 완료</translation>
    </message>
    <message>
        <source>The digest for %1 is ready.</source>
        <translation>%1 요약이 준비되었습니다.</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>창 보기</translation>
    </message>
    <message>
        <source>Only http(s) links are opened: %1</source>
        <translation>http(s) 링크만 엽니다: %1</translation>
    </message>
    <message>
        <source>Not AI</source>
        <translation>AI 아님</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>분야 옮기기</translation>
    </message>
    <message>
        <source>Category (kept as your choice):</source>
        <translation>분야 (내 선택으로 유지됨):</translation>
    </message>
</context>
<context>
    <name>ui::SearchPanel</name>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>일치 내용</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>(미분류)</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>요약: %1</translation>
    </message>
    <message>
        <source>Nothing found for "%1".</source>
        <translation>"%1"에 대한 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for "%1"</source>
        <translation><numerusform>"%1" 검색 결과 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
</context>
<context>
    <name>ui::SourceListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
</context>
<context>
    <name>ui::SourceView</name>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>별표 해제</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>별표</translation>
    </message>
    <message>
        <source>Move to category…</source>
        <translation>분야 옮기기…</translation>
    </message>
</context>
<context>
    <name>ui::SourcesSettingsTab</name>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Feed URL</source>
        <translation>피드 URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>소스 추가</translation>
    </message>
    <message>
        <source>Feed URL:</source>
        <translation>피드 URL:</translation>
    </message>
    <message numerus="yes">
        <source>failing (%n time(s))</source>
        <translation><numerusform>실패 (%n회)</numerusform></translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>정상, %1</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>아직 가져오지 않음</translation>
    </message>
    <message>
        <source>No sources yet: add a feed URL to start.</source>
        <translation>소스가 없습니다. 피드 URL을 추가해 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failing; the last error says why.</source>
        <translation><numerusform>소스 %n개 실패 중. 마지막 오류에 이유가 있습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation><numerusform>소스 %n개.</numerusform></translation>
    </message>
    <message>
        <source>"%1" is not an http, https or file URL.</source>
        <translation>"%1"은(는) http, https, file URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ui::SummaryView</name>
    <message>
        <source>Regenerate</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <source>Write this section's summary again</source>
        <translation>이 섹션의 요약을 다시 작성</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>요약을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>offline summary (no LLM)</source>
        <translation>오프라인 요약 (LLM 없음)</translation>
    </message>
    <message>
        <source>imported history</source>
        <translation>가져온 기록</translation>
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation>%1 (%2) 작성</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>%1 생성</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>입력 토큰 %1, 출력 %2</translation>
    </message>
    <message>
        <source>No summary yet for this section.</source>
        <translation>이 섹션에는 아직 요약이 없습니다.</translation>
    </message>
    <message>
        <source>Press **Build digest** to summarise the day (works offline too).</source>
        <translation>**요약 만들기**를 누르면 이 날을 요약합니다 (오프라인에서도 됩니다).</translation>
    </message>
    <message>
        <source>Press **Regenerate** to try again.</source>
        <translation>**다시 만들기**를 눌러 다시 시도하세요.</translation>
    </message>
</context>
</TS>