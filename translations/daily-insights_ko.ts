<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AppLauncher</name>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="64"/>
        <source>%1

To start afresh, pass another folder with --profile.</source>
        <translation>%1

새로 시작하려면 --profile로 다른 폴더를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="104"/>
        <source>Daily Insights is already open for this profile; its window was brought to the front.</source>
        <translation>이 프로필로 Daily Insights가 이미 열려 있어 그 창을 앞으로 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="109"/>
        <source>Daily Insights cannot start</source>
        <translation>데일리 인사이트를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="177"/>
        <source>The arXiv listings now feed the Papers edition.</source>
        <translation>이제 arXiv 목록은 논문 에디션으로 들어갑니다.</translation>
    </message>
    <message>
        <source>%1

If the database was made by a newer version, update Daily Insights; to start afresh, pass another folder with --profile.</source>
        <translation type="vanished">%1

데이터베이스가 더 새로운 버전에서 만들어졌다면 데일리 인사이트를 업데이트하세요. 새로 시작하려면 --profile로 다른 폴더를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="57"/>
        <location filename="../ui/ArticleHtml.cpp" line="82"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleHtml.cpp" line="96"/>
        <source>Also reported by %n source(s):</source>
        <translation>
            <numerusform>다른 %n곳에서도 보도:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="104"/>
        <source>Day %1 of this story.</source>
        <translation>이 소식의 %1일째입니다.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="105"/>
        <source>Earlier days:</source>
        <translation>앞선 날의 기사:</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="135"/>
        <source>Category: your choice</source>
        <translation>분야: 직접 고른 분야</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="136"/>
        <source>Category: from imported history</source>
        <translation>분야: 가져온 기록</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="137"/>
        <source>Classified by the LLM, %1 % sure</source>
        <translation>LLM이 분류함, 확신도 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="138"/>
        <source>Classified offline, %1 % sure</source>
        <translation>오프라인으로 분류함, 확신도 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="141"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="183"/>
        <source>the page could not be read</source>
        <translation>페이지를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="184"/>
        <source>Full text unavailable: %1 — showing the feed&apos;s text</source>
        <translation>전문을 가져오지 못함: %1 — 피드 본문을 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="193"/>
        <source>This article is very long; it is shown shortened.</source>
        <translation>기사가 너무 길어 일부만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="194"/>
        <source>This article has no text in its feed.</source>
        <translation>피드에 이 기사의 본문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ArxivListing</name>
    <message>
        <location filename="../app/feed/ArxivListing.cpp" line="93"/>
        <source>The arXiv listing %1 is empty.</source>
        <translation>arXiv 목록 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/feed/ArxivListing.cpp" line="94"/>
        <source>The arXiv listing %1 is not a feed: %2</source>
        <translation>arXiv 목록 %1은(는) 피드가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../app/feed/ArxivListing.cpp" line="101"/>
        <source>The arXiv listing %1 was only partly read: %2</source>
        <translation>arXiv 목록 %1을(를) 일부만 읽었습니다: %2</translation>
    </message>
</context>
<context>
    <name>ArxivMove</name>
    <message>
        <location filename="../app/service/ArxivMove.cpp" line="29"/>
        <source>This profile has no Papers edition.</source>
        <translation>이 프로필에는 논문 에디션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ArxivMovePrompt</name>
    <message>
        <location filename="../ui/ArxivMovePrompt.cpp" line="21"/>
        <source>Move arXiv to Papers?</source>
        <translation>arXiv를 논문 에디션으로 옮길까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArxivMovePrompt.cpp" line="22"/>
        <source>This profile&apos;s News edition has %n arXiv listing(s), which add hundreds of papers a day. Move them to the new Papers edition? Nothing is deleted; the papers already stored stay in News.</source>
        <translation>
            <numerusform>이 프로필의 뉴스 에디션에 arXiv 목록이 %n개 있어 하루에 수백 편의 논문이 들어옵니다. 새 논문 에디션으로 옮길까요? 아무것도 삭제되지 않으며, 이미 저장된 논문은 뉴스에 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArxivMovePrompt.cpp" line="47"/>
        <source>The arXiv listings could not be moved.</source>
        <translation>arXiv 목록을 옮기지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>BriefingText</name>
    <message>
        <location filename="../ui/BriefingText.cpp" line="23"/>
        <source>📌 Today&apos;s briefing</source>
        <translation>📌 오늘의 핵심</translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="31"/>
        <source>the stories most sources carry, in their own words (offline, no LLM)</source>
        <translation>가장 많은 소스가 다룬 소식, 원문 표현 그대로 (오프라인, LLM 없음)</translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="33"/>
        <source>imported history</source>
        <translation>가져온 기록</translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="35"/>
        <source>by %1 (%2)</source>
        <translation>%1 (%2) 작성</translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="35"/>
        <source>default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="37"/>
        <source>the model&apos;s briefing failed: %1</source>
        <translation>모델의 핵심 요약 실패: %1</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/CategoryText.cpp" line="15"/>
        <source>AI business insight</source>
        <translation>AI 비즈니스 인사이트</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="16"/>
        <source>Funding, acquisitions, earnings, market strategy, products launched by AI companies, AI&apos;s effect on industries and jobs.</source>
        <translation>투자 유치, 인수, 실적, 시장 전략, AI 기업이 내놓은 제품, AI가 산업과 일자리에 미치는 영향.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="18"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="19"/>
        <source>Large language models: releases, capabilities, chatbots, prompting, agents built on LLMs.</source>
        <translation>대규모 언어 모델: 출시, 성능, 챗봇, 프롬프팅, LLM 기반 에이전트.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="21"/>
        <source>Multimodal</source>
        <translation>멀티모달</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="22"/>
        <source>Models that combine text, images, audio or video; vision-language models; text-to-image and text-to-video generation.</source>
        <translation>텍스트·이미지·오디오·동영상을 함께 다루는 모델, 비전-언어 모델, 텍스트로 이미지와 동영상을 만드는 생성 모델.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="24"/>
        <source>Computer Vision</source>
        <translation>컴퓨터 비전</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="25"/>
        <source>Image and video understanding: detection, segmentation, recognition, 3D, visual tracking.</source>
        <translation>이미지·동영상 이해: 검출, 분할, 인식, 3D, 시각 추적.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="27"/>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="28"/>
        <source>Speech recognition, speech synthesis, voice cloning, music generation and other audio AI.</source>
        <translation>음성 인식, 음성 합성, 목소리 복제, 음악 생성 등 오디오 AI.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="30"/>
        <source>Reinforcement Learning</source>
        <translation>강화학습</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="31"/>
        <source>Reinforcement learning, reward models, RLHF, game-playing agents, policy optimisation.</source>
        <translation>강화학습, 보상 모델, RLHF, 게임 에이전트, 정책 최적화.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="33"/>
        <source>Model training technique</source>
        <translation>모델 학습 기법</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="34"/>
        <source>How models are trained: fine-tuning, distillation, data curation, optimisers, scaling laws, pre-training.</source>
        <translation>모델을 학습시키는 방법: 파인튜닝, 증류, 데이터 선별, 옵티마이저, 스케일링 법칙, 사전학습.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="36"/>
        <source>Inference acceleration</source>
        <translation>추론 가속</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="37"/>
        <source>Making models run faster or cheaper: quantisation, inference engines, AI chips and GPUs, serving, on-device AI.</source>
        <translation>모델을 더 빠르고 싸게 돌리는 기술: 양자화, 추론 엔진, AI 칩과 GPU, 서빙, 온디바이스 AI.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="39"/>
        <source>Robotics</source>
        <translation>로보틱스</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="40"/>
        <source>Robots, embodied AI, humanoids, autonomous vehicles and drones.</source>
        <translation>로봇, 체화된 AI, 휴머노이드, 자율주행차와 드론.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="41"/>
        <source>AI safety &amp; policy</source>
        <translation>AI 안전과 정책</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="42"/>
        <source>AI safety, alignment, regulation, law, copyright, ethics, security and misuse of AI.</source>
        <translation>AI 안전, 정렬, 규제, 법, 저작권, 윤리, 보안과 AI 오용.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="44"/>
        <source>Research &amp; benchmarks</source>
        <translation>연구와 벤치마크</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="45"/>
        <source>Research papers, benchmarks and evaluations, leaderboards, maths and reasoning results, scientific discovery with AI.</source>
        <translation>연구 논문, 벤치마크와 평가, 리더보드, 수학·추론 성과, AI를 이용한 과학적 발견.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="47"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="48"/>
        <source>AI news that fits none of the other categories.</source>
        <translation>다른 어느 카테고리에도 맞지 않는 AI 뉴스.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="50"/>
        <source>LLM &amp; NLP</source>
        <translation>LLM·자연어 처리</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="51"/>
        <source>Language models and natural language processing: pre-training, instruction tuning, reasoning, agents, retrieval, translation, question answering.</source>
        <translation>언어 모델과 자연어 처리: 사전학습, 지시 튜닝, 추론, 에이전트, 검색, 번역, 질의응답.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="52"/>
        <source>Images and video: recognition, detection, segmentation, generation, 3D reconstruction.</source>
        <translation>이미지와 영상: 인식, 검출, 분할, 생성, 3D 복원.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="53"/>
        <source>Models that combine text with images, video or audio: vision-language models, multimodal reasoning and generation.</source>
        <translation>텍스트와 이미지·영상·오디오를 함께 다루는 모델: 비전-언어 모델, 멀티모달 추론과 생성.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="54"/>
        <source>Speech &amp; Audio</source>
        <translation>음성·오디오</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="55"/>
        <source>Speech recognition and synthesis, music, sound and audio language models.</source>
        <translation>음성 인식과 합성, 음악, 소리, 오디오 언어 모델.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="56"/>
        <source>Reinforcement learning, reward modelling, RLHF, policy optimisation, bandits and planning.</source>
        <translation>강화학습, 보상 모델링, RLHF, 정책 최적화, 밴딧과 계획.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="57"/>
        <source>Robotics &amp; Embodied AI</source>
        <translation>로보틱스·체화 AI</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="58"/>
        <source>Robots, manipulation, locomotion, navigation, embodied agents, vision-language-action models.</source>
        <translation>로봇, 조작, 보행, 내비게이션, 체화 에이전트, 비전-언어-행동 모델.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="59"/>
        <source>Efficient training &amp; inference</source>
        <translation>효율적 학습·추론</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="60"/>
        <source>Making models cheaper: quantisation, pruning, distillation, sparsity, mixture of experts, serving, kernels, long context.</source>
        <translation>모델을 더 싸게: 양자화, 가지치기, 증류, 희소성, 전문가 혼합, 서빙, 커널, 긴 컨텍스트.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="61"/>
        <source>Safety, alignment &amp; evaluation</source>
        <translation>안전성·정렬·평가</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="62"/>
        <source>Alignment, safety, robustness, jailbreaks, interpretability, fairness, benchmarks and evaluation.</source>
        <translation>정렬, 안전성, 견고성, 탈옥, 해석 가능성, 공정성, 벤치마크와 평가.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="63"/>
        <source>Theory &amp; optimisation</source>
        <translation>이론·최적화</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="64"/>
        <source>Learning theory, optimisation methods, generalisation, scaling laws and mathematical analysis.</source>
        <translation>학습 이론, 최적화 기법, 일반화, 스케일링 법칙과 수학적 분석.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="65"/>
        <source>Applications (science, health, code)</source>
        <translation>응용(과학·의료·코드)</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="66"/>
        <source>AI applied to science, medicine and health, code generation, mathematics, chemistry, biology, climate and finance.</source>
        <translation>과학, 의료·건강, 코드 생성, 수학, 화학, 생물학, 기후, 금융에 적용한 AI.</translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="67"/>
        <source>Papers that fit no other category.</source>
        <translation>다른 분야에 속하지 않는 논문.</translation>
    </message>
</context>
<context>
    <name>CategoryEditing</name>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="28"/>
        <location filename="../app/service/CategoryEditing.cpp" line="155"/>
        <location filename="../app/service/CategoryEditing.cpp" line="159"/>
        <source>The change could not be saved: %1</source>
        <translation>변경 내용을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="53"/>
        <source>A category needs a name.</source>
        <translation>분야에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="55"/>
        <source>&quot;%1&quot; is not a colour (use #rrggbb).</source>
        <translation>&quot;%1&quot;은(는) 색이 아닙니다 (#rrggbb 형식을 쓰세요).</translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="77"/>
        <source>A category named &quot;%1&quot; exists.</source>
        <translation>&quot;%1&quot; 분야가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="149"/>
        <source>The article is no longer there.</source>
        <translation>기사가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="152"/>
        <source>No such category.</source>
        <translation>그런 분야가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="174"/>
        <source>The change could not be saved to the database.</source>
        <translation>변경 내용을 데이터베이스에 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <location filename="../app/service/DigestService.cpp" line="38"/>
        <source>cached</source>
        <translation>캐시됨</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="39"/>
        <source>generated</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="40"/>
        <source>offline summary</source>
        <translation>오프라인 요약</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="41"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="43"/>
        <source>over today&apos;s LLM budget</source>
        <translation>오늘의 LLM 한도 초과</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="48"/>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="150"/>
        <source>There is no such edition.</source>
        <translation>그런 에디션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="164"/>
        <source>No articles are stored for %1.</source>
        <translation>%1에 저장된 기사가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/DigestService.cpp" line="254"/>
        <source>Classifying %n article(s)</source>
        <translation>
            <numerusform>기사 %n개 분류 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="346"/>
        <source>Summarising %1/%2 sections</source>
        <translation>섹션 요약 중 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="475"/>
        <source>Writing the day&apos;s briefing</source>
        <translation>오늘의 핵심 작성 중</translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="623"/>
        <source>the digest could not be saved: %1</source>
        <translation>요약을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="45"/>
        <source>local model: not about AI</source>
        <translation>로컬 모델: AI 기사가 아님</translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="46"/>
        <source>local model: not about AI (%1)</source>
        <translation>로컬 모델: AI 기사가 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="60"/>
        <source>local model: %1</source>
        <translation>로컬 모델: %1</translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="61"/>
        <source>local model: %1 (%2)</source>
        <translation>로컬 모델: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <location filename="../ui/EditionChoice.cpp" line="16"/>
        <source>News</source>
        <translation>뉴스</translation>
    </message>
    <message>
        <location filename="../ui/EditionChoice.cpp" line="18"/>
        <source>Papers</source>
        <translation>논문</translation>
    </message>
</context>
<context>
    <name>EditionStore</name>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="93"/>
        <location filename="../app/storage/EditionStore.cpp" line="142"/>
        <source>An edition needs a name.</source>
        <translation>에디션에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="98"/>
        <location filename="../app/storage/EditionStore.cpp" line="147"/>
        <source>There is already an edition named %1.</source>
        <translation>%1(이)라는 에디션이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="180"/>
        <source>No such edition.</source>
        <translation>그런 에디션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="182"/>
        <source>The News edition cannot be removed.</source>
        <translation>뉴스 에디션은 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="184"/>
        <source>The last edition cannot be removed.</source>
        <translation>마지막 에디션은 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="41"/>
        <source>1 byte</source>
        <translation>1바이트</translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="42"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="56"/>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="58"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="61"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="63"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="64"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="121"/>
        <source>the server asked to wait until %1 UTC</source>
        <translation>서버가 %1 UTC까지 기다리라고 요청함</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="145"/>
        <source>invalid address: %1</source>
        <translation>잘못된 주소: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="152"/>
        <location filename="../app/fetch/FetchErrors.cpp" line="39"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="24"/>
        <source>unsupported address scheme: %1</source>
        <translation>지원하지 않는 주소 스킴: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="197"/>
        <location filename="../app/fetch/FetchErrors.cpp" line="36"/>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="41"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="23"/>
        <source>cannot read file: %1</source>
        <translation>파일을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="216"/>
        <source>took longer than %1</source>
        <translation>%1 넘게 걸림</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="224"/>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="37"/>
        <source>larger than the %1 limit</source>
        <translation>한도 %1 초과</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="288"/>
        <source>timed out after %1</source>
        <translation>%1 후 시간 초과</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="314"/>
        <source>the connection closed after %1 of %2</source>
        <translation>%2 중 %1만 받고 연결이 끊김</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="343"/>
        <source>%1, asked to retry after %2</source>
        <translation>%1, %2 후 다시 시도하라는 요청</translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="360"/>
        <source>the server asked to wait %1 (HTTP %2)</source>
        <translation>서버가 %1 기다리라고 요청함 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="12"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="15"/>
        <source>connection refused by %1</source>
        <translation>%1이(가) 연결을 거부함</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="14"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="16"/>
        <source>the server closed the connection early</source>
        <translation>서버가 연결을 일찍 끊음</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="16"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="17"/>
        <source>host not found: %1</source>
        <translation>호스트를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="18"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="18"/>
        <source>the connection timed out</source>
        <translation>연결 시간 초과</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="20"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="19"/>
        <source>secure connection failed: %1</source>
        <translation>보안 연결 실패: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="23"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="20"/>
        <source>the network is not available</source>
        <translation>네트워크를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="29"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="21"/>
        <source>proxy error: %1</source>
        <translation>프록시 오류: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="32"/>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="31"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="22"/>
        <source>file not found: %1</source>
        <translation>파일을 찾을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="43"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="25"/>
        <source>network error %1</source>
        <translation>네트워크 오류 %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="49"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="26"/>
        <source>HTTP 401 (login required)</source>
        <translation>HTTP 401 (로그인 필요)</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="50"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="27"/>
        <source>HTTP 403 (forbidden)</source>
        <translation>HTTP 403 (접근 금지)</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="51"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="28"/>
        <source>HTTP 404</source>
        <translation>HTTP 404</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="52"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="29"/>
        <source>HTTP 410 (the feed is gone)</source>
        <translation>HTTP 410 (피드가 없어짐)</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="53"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="30"/>
        <source>HTTP 429 (too many requests)</source>
        <translation>HTTP 429 (요청이 너무 많음)</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="54"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="31"/>
        <source>HTTP 503 (service unavailable)</source>
        <translation>HTTP 503 (서비스 사용 불가)</translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="55"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="32"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="34"/>
        <source>not a regular file: %1</source>
        <translation>일반 파일이 아님: %1</translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="27"/>
        <source>redirect without a Location</source>
        <translation>Location 없는 리디렉션</translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="32"/>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="42"/>
        <source>redirect to an invalid address</source>
        <translation>잘못된 주소로 리디렉션</translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="38"/>
        <source>refused redirect from %1 to %2</source>
        <translation>%1에서 %2(으)로의 리디렉션 거부</translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="46"/>
        <source>refused redirect from https to http</source>
        <translation>https에서 http로의 리디렉션 거부</translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="52"/>
        <source>redirect loop</source>
        <translation>리디렉션 순환</translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="57"/>
        <source>too many redirects (more than %1)</source>
        <translation>리디렉션이 너무 많음 (%1회 초과)</translation>
    </message>
</context>
<context>
    <name>FullText</name>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="46"/>
        <source>not an HTML page (no content type)</source>
        <translation>HTML 페이지가 아님 (콘텐츠 유형 없음)</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="48"/>
        <source>not an HTML page (%1)</source>
        <translation>HTML 페이지가 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="55"/>
        <source>not an image (%1)</source>
        <translation>이미지가 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="58"/>
        <source>SVG images are not loaded</source>
        <translation>SVG 이미지는 불러오지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="60"/>
        <source>the image is empty</source>
        <translation>이미지가 비어 있음</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="169"/>
        <source>the page could not be fetched: %1</source>
        <translation>페이지를 가져오지 못함: %1</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="171"/>
        <source>the page is empty</source>
        <translation>페이지가 비어 있음</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="199"/>
        <source>the page could not be read: %1</source>
        <translation>페이지를 읽지 못함: %1</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="202"/>
        <source>the page could not be read</source>
        <translation>페이지를 읽지 못함</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="214"/>
        <source>no main content was found (a paywall, a login or cookie wall, or not an article)</source>
        <translation>본문을 찾지 못함 (유료 구독, 로그인 또는 쿠키 동의 화면이거나 기사가 아님)</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="216"/>
        <source>no main content: %1</source>
        <translation>본문 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="315"/>
        <source>the image could not be fetched</source>
        <translation>이미지를 가져오지 못함</translation>
    </message>
</context>
<context>
    <name>HfDailyPapers</name>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="44"/>
        <source>The daily papers answer is empty.</source>
        <translation>일간 논문 응답이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="48"/>
        <source>The daily papers answer is larger than %1 MB.</source>
        <translation>일간 논문 응답이 %1MB보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="56"/>
        <source>The daily papers answer is not valid JSON (%1 at byte %2).</source>
        <translation>일간 논문 응답이 올바른 JSON이 아닙니다(%2바이트 위치: %1).</translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="62"/>
        <source>The daily papers answer is not a list of papers.</source>
        <translation>일간 논문 응답이 논문 목록이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="70"/>
        <source>The daily papers answer has more than %1 entries; the rest were not read.</source>
        <translation>일간 논문 응답의 항목이 %1개를 넘어 나머지는 읽지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>PaperIngest</name>
    <message>
        <location filename="../app/service/PaperIngest.cpp" line="45"/>
        <source>the papers and their articles differ in number</source>
        <translation>논문과 기사 수가 서로 다릅니다</translation>
    </message>
    <message>
        <location filename="../app/service/PaperIngest.cpp" line="99"/>
        <source>the article of paper %1 was not found after saving it</source>
        <translation>저장한 뒤 논문 %1의 기사를 찾지 못했습니다</translation>
    </message>
</context>
<context>
    <name>PaperRanking</name>
    <message>
        <location filename="../app/feed/PaperRanking.cpp" line="101"/>
        <source>below the top %1</source>
        <translation>상위 %1편 밖</translation>
    </message>
</context>
<context>
    <name>PaperSourceParser</name>
    <message>
        <location filename="../app/service/PaperSourceParser.cpp" line="68"/>
        <source>The daily papers answer is an HTML page, not the list of papers.</source>
        <translation>일간 논문 응답이 논문 목록이 아니라 HTML 페이지입니다.</translation>
    </message>
    <message>
        <location filename="../app/service/PaperSourceParser.cpp" line="73"/>
        <source>Hugging Face daily papers</source>
        <translation>Hugging Face 일간 논문</translation>
    </message>
    <message>
        <location filename="../app/service/PaperSourceParser.cpp" line="77"/>
        <source>arXiv %1</source>
        <translation>arXiv %1</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="25"/>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="26"/>
        <source>not modified</source>
        <translation>변경 없음 (HTTP 304)</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="27"/>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="28"/>
        <source>partly parsed</source>
        <translation>일부만 읽음</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="29"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="30"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="31"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="101"/>
        <source>the feed needs more memory than a feed may use; nothing of it was stored</source>
        <translation>피드 하나에 허용된 것보다 많은 메모리가 필요해 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="104"/>
        <source>the feed could not be read: %1</source>
        <translation>피드를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="107"/>
        <source>the feed could not be read: unknown error</source>
        <translation>피드를 읽지 못했습니다: 알 수 없는 오류</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/RefreshService.cpp" line="188"/>
        <source>waiting until %1 after %n failure(s): %2</source>
        <translation>
            <numerusform>%n회 실패로 %1까지 대기: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="320"/>
        <source>the articles could not be saved: %1</source>
        <translation>기사를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>html::Sanitizer</name>
    <message numerus="yes">
        <location filename="../app/html/HtmlSanitizer.cpp" line="253"/>
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>표를 줄였습니다: %n행을 더 표시하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/html/HtmlSanitizer.cpp" line="255"/>
        <source>Table shortened: some cells not shown.</source>
        <translation>표를 줄였습니다: 일부 셀을 표시하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>html::WallDetector</name>
    <message numerus="yes">
        <location filename="../app/html/WallDetector.cpp" line="11"/>
        <source>no main content found (only %n word(s))</source>
        <translation>
            <numerusform>본문을 찾지 못함 (%n단어뿐)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/html/WallDetector.cpp" line="27"/>
        <source>no main content found (a paywall)</source>
        <translation>본문을 찾지 못함 (유료 구독 화면)</translation>
    </message>
    <message>
        <location filename="../app/html/WallDetector.cpp" line="29"/>
        <source>no main content found (a login wall)</source>
        <translation>본문을 찾지 못함 (로그인 화면)</translation>
    </message>
    <message>
        <location filename="../app/html/WallDetector.cpp" line="31"/>
        <source>no main content found (a cookie wall)</source>
        <translation>본문을 찾지 못함 (쿠키 동의 화면)</translation>
    </message>
</context>
<context>
    <name>service::ProfileClassifier</name>
    <message>
        <location filename="../app/service/ProfileClassifier.cpp" line="146"/>
        <source>No starting model is available; articles are classified without it.</source>
        <translation>시작 모델이 없어 그 모델 없이 기사를 분류합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="152"/>
        <source>The shipped classifier model was updated; this profile&apos;s model was rebuilt from it and %n stored example(s).</source>
        <translation>
            <numerusform>기본 제공 분류 모델이 새로워져 이 프로필의 모델을 그 모델과 저장된 예시 %n개로 다시 만들었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="157"/>
        <source>The classifier model of this profile could not be read (%1); it was rebuilt from the shipped model and %n stored example(s).</source>
        <translation>
            <numerusform>이 프로필의 분류 모델을 읽을 수 없어(%1) 기본 제공 모델과 저장된 예시 %n개로 다시 만들었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="164"/>
        <source>The classifier model of this profile was missing; it was rebuilt from the shipped model and %n stored example(s).</source>
        <translation>
            <numerusform>이 프로필의 분류 모델이 없어 기본 제공 모델과 저장된 예시 %n개로 다시 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/ProfileClassifier.cpp" line="202"/>
        <source>The classifier&apos;s examples could not be read: %1</source>
        <translation>분류기의 학습 예시를 읽지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="230"/>
        <source>%n example(s) for a deleted category were skipped.</source>
        <translation>
            <numerusform>삭제된 분야의 예시 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="233"/>
        <source>%n stored example(s) for a deleted category were skipped.</source>
        <translation>
            <numerusform>삭제된 분야의 저장된 예시 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/ProfileClassifier.cpp" line="246"/>
        <source>The classifier model could not be saved to %1: %2</source>
        <translation>분류 모델을 %1에 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>service::SearchIndexBuilder</name>
    <message>
        <location filename="../app/service/SearchIndexBuilder.cpp" line="40"/>
        <source>The search index could not be built: %1</source>
        <translation>검색 색인을 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ui::ActivityStatus</name>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="32"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="37"/>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="39"/>
        <source>Show what failed, per source</source>
        <translation>실패한 소스별 내용 보기</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="58"/>
        <source>Fetching %1/%2 sources · %3 new</source>
        <translation>소스 가져오는 중 %1/%2 · 새 글 %3개</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="64"/>
        <source>Classifying %1/%2 articles</source>
        <translation>기사 분류 중 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="65"/>
        <source>Summarising %1/%2 sections</source>
        <translation>섹션 요약 중 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="92"/>
        <source>Fetching full text %1/%2</source>
        <translation>기사 전문 가져오는 중 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="105"/>
        <source>Offline summaries</source>
        <translation>오프라인 요약</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="106"/>
        <source>%1. Summaries are written by the built-in offline summariser; configure an LLM in Settings → LLM for model-written ones.</source>
        <translation>%1. 요약은 내장 오프라인 요약기가 작성합니다. 모델이 작성한 요약을 원하면 설정 → LLM에서 LLM을 구성하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="113"/>
        <source>LLM %1/%2 today</source>
        <translation>오늘 LLM %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="120"/>
        <source>LLM use today: %1 of %2 requests, %3 of %4 tokens. The automatic digest builds stop there and leave the remaining sections offline (Settings → General).</source>
        <translation>오늘 LLM 사용량: 요청 %1/%2회, 토큰 %3/%4개. 한도에 이르면 자동 요약은 멈추고 남은 섹션은 오프라인 요약으로 둡니다 (설정 → 일반).</translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="148"/>
        <source>Sources that failed</source>
        <translation>실패한 소스</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityStatus.cpp" line="149"/>
        <source>%n source(s) could not be refreshed. Check the address in Settings → Sources, or try again later.</source>
        <translation>
            <numerusform>소스 %n개를 새로 고치지 못했습니다. 설정 → 소스에서 주소를 확인하거나 나중에 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AddSourceDialog</name>
    <message>
        <location filename="../ui/AddSourceDialog.cpp" line="15"/>
        <source>Add a source</source>
        <translation>소스 추가</translation>
    </message>
    <message>
        <location filename="../ui/AddSourceDialog.cpp" line="23"/>
        <source>Feed URL:</source>
        <translation>피드 URL:</translation>
    </message>
</context>
<context>
    <name>ui::ArticlePane</name>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="55"/>
        <source>← Summary</source>
        <translation>← 요약</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="56"/>
        <source>Back to the section&apos;s summary (Esc)</source>
        <translation>섹션 요약으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="60"/>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="154"/>
        <source>★ Starred</source>
        <translation>★ 별표됨</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="154"/>
        <source>☆ Star</source>
        <translation>☆ 별표</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="155"/>
        <source>Remove the star (S)</source>
        <translation>별표 해제 (S)</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="155"/>
        <source>Keep this article in Starred (S)</source>
        <translation>이 기사를 별표에 보관 (S)</translation>
    </message>
</context>
<context>
    <name>ui::CategoriesSettingsTab</name>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Emoji</source>
        <translation>이모지</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Description (for the LLM)</source>
        <translation>설명 (LLM용)</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Keywords (comma-separated)</source>
        <translation>키워드 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="43"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="44"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="45"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="46"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="56"/>
        <source>&amp;Edition:</source>
        <translation>에디션(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="59"/>
        <source>Edition</source>
        <translation>에디션</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="75"/>
        <source>Add a category</source>
        <translation>분야 추가</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="75"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="83"/>
        <source>A category named &quot;%1&quot; exists.</source>
        <translation>&quot;%1&quot; 카테고리가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="132"/>
        <source>Press OK to store this edition&apos;s changes (or Cancel) before you switch.</source>
        <translation>다른 에디션으로 바꾸기 전에 확인을 눌러 이 에디션의 변경 사항을 저장하거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="207"/>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="83"/>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="285"/>
        <source>Categories</source>
        <translation>분야</translation>
    </message>
</context>
<context>
    <name>ui::CategoryListModel</name>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="20"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="23"/>
        <source>Not AI</source>
        <translation>AI 아님</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="24"/>
        <source>Starred</source>
        <translation>별표</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="53"/>
        <source>Not AI (%1)</source>
        <translation>AI 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="59"/>
        <source>Articles judged not about AI; left out of the digest</source>
        <translation>AI와 관련 없다고 판단되어 요약에서 빠진 기사</translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="61"/>
        <source>Starred articles of every day: %1</source>
        <translation>모든 날의 별표 기사: %1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CategoryListModel.cpp" line="62"/>
        <source>%1 unread of %n article(s)</source>
        <translation>
            <numerusform>기사 %n개 중 %1개 읽지 않음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="94"/>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="95"/>
        <source>Pie</source>
        <translation>원형</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="96"/>
        <source>Trend, 7 days</source>
        <translation>추세, 7일</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="97"/>
        <source>Trend, 30 days</source>
        <translation>추세, 30일</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="102"/>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="296"/>
        <source>Articles per category</source>
        <translation>분야별 기사 수</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="349"/>
        <location filename="../ui/ChartPanel.cpp" line="376"/>
        <source>No classified articles for this day</source>
        <translation>이 날에는 분류된 기사가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="355"/>
        <source>Share of the day&apos;s articles</source>
        <translation>이 날 기사의 분야별 비율</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartPanel.cpp" line="382"/>
        <source>Articles per category, last %n day(s)</source>
        <translation>
            <numerusform>분야별 기사 수, 최근 %n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="411"/>
        <source>Not classified yet</source>
        <translation>아직 분류 안 됨</translation>
    </message>
</context>
<context>
    <name>ui::DayNavigator</name>
    <message>
        <source>Previous day ( [ )</source>
        <translation type="vanished">이전 날 ( [ )</translation>
    </message>
    <message>
        <source>Next day ( ] )</source>
        <translation type="vanished">다음 날 ( ] )</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="37"/>
        <source>Previous day (Alt+Left)</source>
        <translation>이전 날 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="39"/>
        <source>Next day (Alt+Right)</source>
        <translation>다음 날 (Alt+→)</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="40"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="45"/>
        <source>Pick a day (%1)</source>
        <translation>날짜 선택 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="108"/>
        <source>Articles, no digest built yet</source>
        <translation>기사 있음, 다이제스트 아직 없음</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="112"/>
        <source>Digest built</source>
        <translation>다이제스트 있음</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="122"/>
        <source>&lt;b&gt;Bold&lt;/b&gt;: articles &amp;nbsp; &lt;b&gt;&lt;u&gt;&lt;span style=&quot;color:%1&quot;&gt;Underlined&lt;/span&gt;&lt;/u&gt;&lt;/b&gt;: digest built</source>
        <translation>&lt;b&gt;굵게&lt;/b&gt;: 기사 있음 &amp;nbsp; &lt;b&gt;&lt;u&gt;&lt;span style=&quot;color:%1&quot;&gt;밑줄&lt;/span&gt;&lt;/u&gt;&lt;/b&gt;: 다이제스트 있음</translation>
    </message>
    <message>
        <source>Pick a day; bold days have a digest</source>
        <translation type="vanished">날짜 선택 (굵은 날짜에는 요약이 있습니다)</translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="133"/>
        <source>No day</source>
        <translation>날짜 없음</translation>
    </message>
</context>
<context>
    <name>ui::EditionDialog</name>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="17"/>
        <source>Add edition</source>
        <translation>에디션 추가</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="17"/>
        <source>Edit edition</source>
        <translation>에디션 편집</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="20"/>
        <source>News</source>
        <translation>뉴스</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="21"/>
        <source>Papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="25"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="28"/>
        <source>Daily Artificial Intelligence Insights : &lt;name&gt;</source>
        <translation>Daily Artificial Intelligence Insights : &lt;이름&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="30"/>
        <source>derived from the name</source>
        <translation>이름에서 만듦</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="32"/>
        <source>the profile&apos;s summary language</source>
        <translation>프로필의 요약 언어</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="35"/>
        <source>&amp;Style:</source>
        <translation>형식(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="36"/>
        <source>&amp;Top N articles:</source>
        <translation>상위 N개 기사(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="37"/>
        <source>T&amp;itle line:</source>
        <translation>제목 줄(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="38"/>
        <source>&amp;File prefix:</source>
        <translation>파일 접두어(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="39"/>
        <source>Summary &amp;language:</source>
        <translation>요약 언어(&amp;L):</translation>
    </message>
</context>
<context>
    <name>ui::EditionsSettingsTab</name>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="25"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="26"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="26"/>
        <source>&amp;Remove…</source>
        <translation>삭제(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="31"/>
        <source>Editions</source>
        <translation>에디션</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="40"/>
        <source>Remove edition</source>
        <translation>에디션 삭제</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="42"/>
        <source>An edition is a digest of its own: its sources, categories, summaries and exports. Switch between them above the category list (Ctrl+1, Ctrl+2 …).</source>
        <translation>에디션은 소스, 카테고리, 요약, 내보내기를 따로 가진 하나의 다이제스트입니다. 카테고리 목록 위에서 전환하세요 (Ctrl+1, Ctrl+2 …).</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="73"/>
        <source>papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="73"/>
        <source>news</source>
        <translation>뉴스</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="74"/>
        <source>%1 (%2, top %3)</source>
        <translation>%1 (%2, 상위 %3개)</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="77"/>
        <source>— added on OK</source>
        <translation>— 확인을 누르면 추가됨</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="114"/>
        <location filename="../ui/EditionsSettingsTab.cpp" line="138"/>
        <source>An edition needs a name.</source>
        <translation>에디션 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="119"/>
        <location filename="../ui/EditionsSettingsTab.cpp" line="143"/>
        <source>An edition named &quot;%1&quot; exists.</source>
        <translation>&quot;%1&quot; 에디션이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="133"/>
        <source>Choose an edition first.</source>
        <translation>먼저 에디션을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="162"/>
        <source>Remove the edition &quot;%1&quot;? It is not stored yet.</source>
        <translation>&quot;%1&quot; 에디션을 삭제할까요? 아직 저장되지 않은 에디션입니다.</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="169"/>
        <source>Remove the edition &quot;%1&quot;? Pressing OK deletes its %2, its categories, its %3 and their summaries and briefings. This cannot be undone.</source>
        <translation>&quot;%1&quot; 에디션을 삭제할까요? 확인을 누르면 이 에디션의 %2, 카테고리, %3와 그 요약 및 브리핑이 삭제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EditionsSettingsTab.cpp" line="171"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>소스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EditionsSettingsTab.cpp" line="171"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="180"/>
        <source>The News edition cannot be removed.</source>
        <translation>뉴스 에디션은 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="184"/>
        <source>The last edition cannot be removed.</source>
        <translation>마지막 에디션은 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>The shown day</source>
        <translation>표시 중인 날</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>Days from</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="29"/>
        <source>Start with the day&apos;s briefing</source>
        <translation>오늘의 핵심으로 시작</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <location filename="../ui/ExportDialog.cpp" line="84"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>The Markdown file opens with the briefing section; HTML and JSON always lead with it</source>
        <translation>Markdown 파일 맨 앞에 핵심 요약 섹션을 넣습니다. HTML과 JSON은 항상 핵심 요약으로 시작합니다</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="45"/>
        <source>The shown day (%1)</source>
        <translation>표시 중인 날 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="53"/>
        <source>Markdown + chart PNG</source>
        <translation>Markdown + 차트 PNG</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="54"/>
        <source>HTML (chart embedded)</source>
        <translation>HTML (차트 포함)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="55"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="66"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="71"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="78"/>
        <source>Export:</source>
        <translation>내보낼 범위:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="80"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="82"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="97"/>
        <source>Export folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="122"/>
        <source>Cannot use the folder &quot;%1&quot;: choose one you can write to.</source>
        <translation>&quot;%1&quot; 폴더를 쓸 수 없습니다. 쓰기 가능한 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148"/>
        <source>%1: nothing written: %2</source>
        <translation>%1: 아무것도 쓰지 못함: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="153"/>
        <source>Wrote %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="155"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="158"/>
        <source>No day with articles in that range.</source>
        <translation>그 기간에는 기사가 있는 날이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ui::ExternalLinks</name>
    <message>
        <location filename="../ui/ExternalLinks.cpp" line="32"/>
        <source>Only http(s) links are opened: %1</source>
        <translation>http(s) 링크만 엽니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExternalLinks.cpp" line="35"/>
        <source>Could not start the web browser for %1</source>
        <translation>%1을(를) 열 웹 브라우저를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1</source>
        <translation type="vanished">%1을(를) 열 웹 브라우저를 실행하지 못했습니다</translation>
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
        <location filename="../ui/GeneralSettingsTab.cpp" line="18"/>
        <source>Build the digest after each refresh</source>
        <translation>새로 고칠 때마다 요약 만들기</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="32"/>
        <source>System (%1)</source>
        <translation>시스템 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="41"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="42"/>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="46"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="53"/>
        <source>This desktop has no system tray.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="57"/>
        <source>The days that got new articles are classified and summarised offline at once, then through the LLM (when one is configured) within the daily budget.</source>
        <translation>새 기사가 들어온 날은 먼저 오프라인으로 바로 분류·요약하고, LLM이 구성되어 있으면 하루 한도 안에서 LLM으로 다시 요약합니다.</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="62"/>
        <source> requests</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="68"/>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="70"/>
        <source>What the automatic digest builds may use of the LLM per day; past it, sections stay offline and say so.</source>
        <translation>자동 요약이 하루에 쓸 수 있는 LLM 사용량입니다. 넘으면 섹션은 오프라인 요약으로 남고 그 사실을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="74"/>
        <source>Time zone (decides an article&apos;s day):</source>
        <translation>시간대 (기사의 날짜 기준):</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="75"/>
        <source>Refresh every:</source>
        <translation>새로 고침 간격:</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="78"/>
        <source>LLM budget per day:</source>
        <translation>하루 LLM 한도:</translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="80"/>
        <source>Interface language (after a restart):</source>
        <translation>인터페이스 언어 (재시작 후 적용):</translation>
    </message>
</context>
<context>
    <name>ui::KeyOriginPrompt</name>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="14"/>
        <source>Send the API key elsewhere?</source>
        <translation>API 키를 다른 서버로 보낼까요?</translation>
    </message>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="15"/>
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
    <name>ui::LlmNotice</name>
    <message>
        <location filename="../ui/LlmNotice.cpp" line="25"/>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
    <message>
        <location filename="../ui/LlmNotice.cpp" line="46"/>
        <source>Open budget settings</source>
        <translation>예산 설정 열기</translation>
    </message>
    <message>
        <location filename="../ui/LlmNotice.cpp" line="46"/>
        <source>Open LLM settings</source>
        <translation>LLM 설정 열기</translation>
    </message>
</context>
<context>
    <name>ui::LlmSettingsTab</name>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="27"/>
        <source>Store key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="28"/>
        <source>Remove key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="29"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="49"/>
        <source>None (offline summaries)</source>
        <translation>없음 (오프라인 요약)</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="50"/>
        <source>OpenAI-compatible (OpenAI, Ollama, vLLM, …)</source>
        <translation>OpenAI 호환 (OpenAI, Ollama, vLLM 등)</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="55"/>
        <location filename="../ui/LlmSettingsTab.cpp" line="57"/>
        <source>empty = the provider&apos;s default</source>
        <translation>비우면 제공자 기본값</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="70"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="75"/>
        <source>paste a new key to store it in the system keychain</source>
        <translation>새 키를 붙여 넣으면 시스템 키체인에 저장됩니다</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="98"/>
        <source>Provider:</source>
        <translation>제공자:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="99"/>
        <source>Base URL:</source>
        <translation>기본 URL:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="101"/>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="102"/>
        <source>Summary language:</source>
        <translation>요약 언어:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="103"/>
        <source>Temperature:</source>
        <translation>온도:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="104"/>
        <source>Request timeout:</source>
        <translation>요청 제한 시간:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="105"/>
        <source>Parallel requests:</source>
        <translation>동시 요청 수:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="106"/>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="166"/>
        <source>Requests go to %1</source>
        <translation>요청 주소: %1</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="191"/>
        <source>No provider: digests use the offline classifier and summariser.</source>
        <translation>제공자 없음: 요약은 오프라인 분류기와 요약기를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="195"/>
        <source>Checking the keychain…</source>
        <translation>키체인 확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="203"/>
        <source>A key is stored in the system keychain.</source>
        <translation>시스템 키체인에 키가 저장되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="206"/>
        <source>No key stored. Local servers (Ollama, llama.cpp) need none.</source>
        <translation>저장된 키가 없습니다. 로컬 서버(Ollama, llama.cpp)에는 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="238"/>
        <source>The key was not stored.</source>
        <translation>키를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1. Start the desktop&apos;s keyring (e.g. gnome-keyring) or set the key in the environment for headless runs.</source>
        <translation type="vanished">키체인을 사용할 수 없습니다: %1. 데스크톱 키링(예: gnome-keyring)을 시작하거나, 헤드리스 실행에서는 환경 변수로 키를 지정하세요.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation type="vanished">키를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="271"/>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="280"/>
        <source>Connected: %1</source>
        <translation>연결됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="280"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <location filename="../ui/MainWindowActions.cpp" line="341"/>
        <source>Daily Insights</source>
        <translation>데일리 인사이트</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSearch.cpp" line="31"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML file there), then press **Refresh**.</source>
        <translation>아직 소스가 없습니다. **설정 → 소스**에서 피드를 추가하거나 OPML 파일을 가져온 뒤 **새로 고침**을 누르세요.</translation>
    </message>
    <message>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **[**, **]** or the calendar.</source>
        <translation type="vanished">이 날에는 기사가 없습니다. **새로 고침**으로 소스를 가져오거나 **[**, **]** 또는 달력으로 다른 날을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Starred (%1)</source>
        <translation>별표 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>No starred articles yet. Press **S** on an article, or its star button, to keep it here for a report.</source>
        <translation>아직 별표한 기사가 없습니다. 기사에서 **S**나 별표 버튼을 누르면 보고서용으로 여기에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Articles you starred, from every day, newest first. Select one to read it.</source>
        <translation>모든 날에서 별표한 기사입니다 (최신순). 기사를 선택하면 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Nothing to read yet</source>
        <translation>아직 읽을 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Fetching the sources… New articles appear here as they arrive.</source>
        <translation>소스를 가져오는 중… 새 기사가 도착하는 대로 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Nothing to read</source>
        <translation>읽을 기사 없음</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>The digest for %1 is being built: its articles are being sorted into categories and summarised…</source>
        <translation>%1 요약을 만드는 중입니다: 기사를 카테고리로 분류하고 요약하고 있습니다…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>The digest for %1 is not built yet: %n article(s) wait to be sorted into categories and summarised. Press **Build digest** (works offline too).</source>
        <translation>
            <numerusform>%1 요약이 아직 만들어지지 않았습니다: 기사 %n개가 분류와 요약을 기다리고 있습니다. **요약 만들기**를 누르세요(오프라인에서도 됩니다).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>Not AI (%1)</source>
        <translation>AI 아님 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>These articles were judged not to be about AI and are left out of the digest. Move one to a category (right-click) if that was wrong; your choice is kept.</source>
        <translation>이 기사들은 AI와 관련 없다고 판단되어 요약에서 빠졌습니다. 잘못된 경우 오른쪽 클릭으로 분야를 옮기면 그 선택이 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>%n AI article(s) on this day.</source>
        <translation>
            <numerusform>이 날의 AI 기사 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Select a category to read its summary.</source>
        <translation>분야를 선택하면 요약을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>All categories</source>
        <translation>전체 분야</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **Alt+←**, **Alt+→** or the calendar (**Ctrl+G**).</source>
        <translation>이날의 기사가 없습니다. **새로 고침**을 눌러 소스를 가져오거나 **Alt+←**, **Alt+→** 또는 달력(**Ctrl+G**)으로 다른 날을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>None of the day&apos;s articles is about AI: there is nothing to summarise. They are listed under **Not AI**.</source>
        <translation>이날의 기사 중 AI에 관한 것이 없어 요약할 것이 없습니다. 기사는 **AI 아님**에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>There were no articles in this category on %1.</source>
        <translation>%1에는 이 카테고리의 기사가 없었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>This section is being summarised…</source>
        <translation>이 섹션을 요약하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>over today&apos;s LLM budget</source>
        <translation>오늘의 LLM 한도 초과</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>Source [%1] is not in this section&apos;s list.</source>
        <translation>출처 [%1]은(는) 이 섹션 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <location filename="../ui/MainWindowActions.cpp" line="255"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>&amp;Build digest</source>
        <translation>요약 만들기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="64"/>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="66"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="68"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="72"/>
        <source>&amp;Previous day</source>
        <translation>이전 날(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="74"/>
        <source>&amp;Next day</source>
        <translation>다음 날(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="78"/>
        <source>Pick a day in the &amp;calendar…</source>
        <translation>달력에서 날짜 고르기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="80"/>
        <source>Re&amp;generate this section</source>
        <translation>이 섹션 다시 생성(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="82"/>
        <source>C&amp;hart type…</source>
        <translation>차트 종류(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="84"/>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="123"/>
        <source>Search all days (Ctrl+F)</source>
        <translation>모든 날짜 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="152"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="161"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="171"/>
        <source>&amp;Edition</source>
        <translation>에디션(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="174"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="177"/>
        <source>&amp;About Daily Insights</source>
        <translation>데일리 인사이트 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="178"/>
        <source>About Daily Insights</source>
        <translation>데일리 인사이트 정보</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="179"/>
        <source>Daily Insights %1
Daily AI-news digests by category, readable offline.</source>
        <translation>데일리 인사이트 %1
분야별 AI 뉴스 일일 요약, 오프라인에서도 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="205"/>
        <source>Fetched articles could not be saved: %1</source>
        <translation>가져온 기사를 저장하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="231"/>
        <source>%n section(s) of %1 stayed offline: over today&apos;s LLM budget</source>
        <translation>
            <numerusform>%1의 섹션 %n개는 오프라인 요약으로 남았습니다: 오늘의 LLM 한도 초과</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="255"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="288"/>
        <source>Every source failed: check the network connection or proxy, then refresh.</source>
        <translation>모든 소스가 실패했습니다. 네트워크 연결이나 프록시를 확인한 뒤 새로 고치세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="291"/>
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>소스 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="294"/>
        <source>Refresh cancelled; what arrived is kept.</source>
        <translation>새로 고침을 취소했습니다. 이미 받은 기사는 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="295"/>
        <source>%n new article(s)</source>
        <translation>
            <numerusform>새 기사 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="309"/>
        <source>The digest could not be built: %1</source>
        <translation>요약을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="315"/>
        <source>Digest ready</source>
        <translation>요약 완료</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="315"/>
        <source>The digest for %1 is ready.</source>
        <translation>%1 요약이 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="343"/>
        <source>Show window</source>
        <translation>창 보기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="435"/>
        <source>Could not mark the article as read: %1</source>
        <translation>기사를 읽음으로 표시하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="436"/>
        <source>Could not mark the article as unread: %1</source>
        <translation>기사를 읽지 않음으로 표시하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="454"/>
        <source>Could not save the star: %1</source>
        <translation>별표를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="468"/>
        <source>Not AI</source>
        <translation>AI 아님</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="471"/>
        <source>Move to category</source>
        <translation>분야 옮기기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="472"/>
        <source>Category (kept as your choice):</source>
        <translation>분야 (내 선택으로 유지됨):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="489"/>
        <source>Could not move the article: %1</source>
        <translation>기사를 옮기지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="36"/>
        <source>&amp;Next article</source>
        <translation>다음 기사(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="38"/>
        <source>&amp;Previous article</source>
        <translation>이전 기사(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="40"/>
        <source>Next &amp;unread</source>
        <translation>다음 읽지 않은 기사(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="42"/>
        <source>Previous u&amp;nread</source>
        <translation>이전 읽지 않은 기사(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="44"/>
        <source>Next &amp;category</source>
        <translation>다음 분야(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="46"/>
        <source>Previous c&amp;ategory</source>
        <translation>이전 분야(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="48"/>
        <source>&amp;Open in browser</source>
        <translation>브라우저에서 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="53"/>
        <source>&amp;Star / unstar</source>
        <translation>별표 / 별표 해제(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="57"/>
        <source>&amp;Mark read / unread</source>
        <translation>읽음 / 읽지 않음 표시(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="61"/>
        <source>Mark &amp;day read</source>
        <translation>이 날 모두 읽음으로 표시(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="63"/>
        <source>&amp;Back to summary</source>
        <translation>요약으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="65"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="71"/>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="93"/>
        <location filename="../ui/MainWindowReader.cpp" line="112"/>
        <source>That article is no longer in the database.</source>
        <translation>그 기사는 더 이상 데이터베이스에 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="185"/>
        <source>No more unread articles this way.</source>
        <translation>이 방향으로는 읽지 않은 기사가 더 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="186"/>
        <source>This is the last article of the list.</source>
        <translation>목록의 마지막 기사입니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="187"/>
        <source>This is the first article of the list.</source>
        <translation>목록의 첫 기사입니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="210"/>
        <source>Could not mark the day as read: %1</source>
        <translation>이 날을 읽음으로 표시하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowEditions.cpp" line="29"/>
        <source>Edition</source>
        <translation>에디션</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowEditions.cpp" line="30"/>
        <source>The digest shown: its days, categories and summaries (Ctrl+1, Ctrl+2 …)</source>
        <translation>표시 중인 다이제스트: 그 날짜, 카테고리, 요약 (Ctrl+1, Ctrl+2 …)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowEditions.cpp" line="119"/>
        <source>%n article(s) of this day are left out of the %1 digest:</source>
        <translation>
            <numerusform>이 날의 기사 %n개가 %1 다이제스트에서 빠졌습니다:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SearchFilters</name>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="39"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="40"/>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="43"/>
        <source>Starred only</source>
        <translation>별표만</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="43"/>
        <source>Unread only</source>
        <translation>안 읽은 것만</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="52"/>
        <source>Only days from this date on</source>
        <translation>이 날짜부터의 기사만</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="53"/>
        <source>Only days up to this date</source>
        <translation>이 날짜까지의 기사만</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="54"/>
        <source>Relevance</source>
        <translation>관련도순</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="55"/>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="73"/>
        <source>Edition</source>
        <translation>에디션</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="77"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="81"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="68"/>
        <source>Sort by</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="112"/>
        <source>Any</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>ui::SearchIndexStatus</name>
    <message>
        <location filename="../ui/SearchIndexStatus.cpp" line="21"/>
        <source>Search may miss older articles until then; the next start tries again.</source>
        <translation>그때까지 검색에서 오래된 기사가 빠질 수 있으며, 다음 시작 때 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../ui/SearchIndexStatus.cpp" line="33"/>
        <source>Building the search index: %1 %</source>
        <translation>검색 색인 만드는 중: %1 %</translation>
    </message>
</context>
<context>
    <name>ui::SearchPanel</name>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="32"/>
        <source>Load more</source>
        <translation>더 불러오기</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Match</source>
        <translation>일치 내용</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="68"/>
        <location filename="../ui/SearchPanel.cpp" line="139"/>
        <source>Type to search every day&apos;s articles and summaries.</source>
        <translation>입력하면 모든 날짜의 기사와 요약을 검색합니다.</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="169"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="181"/>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="186"/>
        <source>Category summaries</source>
        <translation>분야별 요약</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="189"/>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="197"/>
        <source>No results for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 대한 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchPanel.cpp" line="199"/>
        <source>The first %n result(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot; 검색 결과 처음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="203"/>
        <source>The search index is still being built (%1 %); older articles may be missing.</source>
        <translation>검색 색인을 아직 만드는 중입니다 (%1 %). 오래된 기사는 빠질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="238"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="238"/>
        <source>(not classified)</source>
        <translation>(미분류)</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="239"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="244"/>
        <location filename="../ui/SearchPanel.cpp" line="252"/>
        <source>Summary: %1</source>
        <translation>요약: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchPanel.cpp" line="201"/>
        <source>%n result(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot; 검색 결과 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="23"/>
        <location filename="../ui/SettingsDialog.cpp" line="61"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25"/>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>Categories</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="28"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>Editions</source>
        <translation>에디션</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="27"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="27"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="59"/>
        <source>%1 (in a list)</source>
        <translation>%1 (목록에서)</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="60"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>ui::SourceListModel</name>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="106"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourceListModel.cpp" line="109"/>
        <source>%1 — also reported by %n source(s)</source>
        <translation>
            <numerusform>%1 — 외 %n곳에서도 보도</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="146"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="146"/>
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="168"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="170"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="172"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="174"/>
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
        <location filename="../ui/SourcesSettingsTab.cpp" line="68"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="68"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="69"/>
        <source>Import OPML…</source>
        <translation>OPML 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="69"/>
        <source>Export OPML…</source>
        <translation>OPML 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="71"/>
        <source>Load images (fetched once, then shown offline)</source>
        <translation>이미지 불러오기 (한 번 받아 오프라인에서도 표시)</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <location filename="../ui/SourcesSettingsTab.cpp" line="126"/>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Feed URL</source>
        <translation>피드 URL</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="107"/>
        <source>&amp;Edition:</source>
        <translation>에디션(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="110"/>
        <source>Edition</source>
        <translation>에디션</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="125"/>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="127"/>
        <source>Automatic (when the feed&apos;s text is short)</source>
        <translation>자동 (피드 본문이 짧을 때)</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="128"/>
        <source>Fetch each article&apos;s page and keep its main text for offline reading</source>
        <translation>각 기사의 페이지를 받아 본문을 저장해 오프라인에서 읽습니다</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="131"/>
        <source>Full article:</source>
        <translation>기사 전문:</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="vanished">소스 추가</translation>
    </message>
    <message>
        <source>Feed URL:</source>
        <translation type="vanished">피드 URL:</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="153"/>
        <source>Import sources from OPML</source>
        <translation>OPML에서 소스 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="158"/>
        <source>Export sources as OPML</source>
        <translation>소스를 OPML로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="226"/>
        <source>added when you press OK</source>
        <translation>확인을 누르면 추가됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="228"/>
        <source>failing (%n time(s))</source>
        <translation>
            <numerusform>실패 (%n회)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="231"/>
        <source>ok, %1</source>
        <translation>정상, %1</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="233"/>
        <source>not fetched yet</source>
        <translation>아직 가져오지 않음</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="254"/>
        <source>No sources yet: add a feed URL to start.</source>
        <translation>소스가 없습니다. 피드 URL을 추가해 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="256"/>
        <source>%n source(s) failing; the last error says why.</source>
        <translation>
            <numerusform>소스 %n개 실패 중. 마지막 오류에 이유가 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="258"/>
        <source>%n source(s).</source>
        <translation>
            <numerusform>소스 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="270"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation>&quot;%1&quot;은(는) http, https, file URL이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="274"/>
        <source>Already subscribed: %1.</source>
        <translation>이미 구독 중입니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="374"/>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="409"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="411"/>
        <source>Nothing imported from %1: %2</source>
        <translation>%1에서 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="428"/>
        <source>Read %1: %n source(s) to add when you press OK</source>
        <translation>
            <numerusform>%1 읽음: 확인을 누르면 소스 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="477"/>
        <source>Reading options (select a source)</source>
        <translation>읽기 옵션 (소스를 선택하세요)</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="482"/>
        <source>Reading options for %1</source>
        <translation>%1 읽기 옵션</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="490"/>
        <source>Full text: %1 fetched, %2 failed</source>
        <translation>전문: %1개 가져옴, %2개 실패</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="388"/>
        <source>Sources cannot be changed: the profile is read-only.</source>
        <translation>소스를 바꿀 수 없습니다: 프로필이 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="393"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n source(s) added</source>
        <translation type="vanished">
            <numerusform>%1 가져옴: 소스 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="429"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, 중복 %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="456"/>
        <source>Daily Insights sources</source>
        <translation>Daily Insights 소스</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="458"/>
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>소스 %n개를 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="459"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ui::SummaryView</name>
    <message>
        <source>Regenerate</source>
        <translation type="vanished">다시 만들기</translation>
    </message>
    <message>
        <source>Write this section&apos;s summary again</source>
        <translation type="vanished">이 섹션의 요약을 다시 작성</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="18"/>
        <source>&amp;Regenerate</source>
        <translation>다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="26"/>
        <source>Write this section&apos;s summary again (Alt+R, Ctrl+Shift+B)</source>
        <translation>이 섹션의 요약을 다시 작성합니다 (Alt+R, Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="58"/>
        <source>The summary could not be made: %1</source>
        <translation>요약을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="61"/>
        <source>offline summary (no LLM)</source>
        <translation>오프라인 요약 (LLM 없음)</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="63"/>
        <source>imported history</source>
        <translation>가져온 기록</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="65"/>
        <source>by %1 (%2)</source>
        <translation>%1 (%2) 작성</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="65"/>
        <source>default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="67"/>
        <source>made %1</source>
        <translation>%1 생성</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="69"/>
        <source>%1 tokens in, %2 out</source>
        <translation>입력 토큰 %1, 출력 %2</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="77"/>
        <source>No summary yet for this section. Press **Build digest** to summarise the day (works offline too).</source>
        <translation>이 섹션에는 아직 요약이 없습니다. **요약 만들기**를 눌러 이날을 요약하세요(오프라인에서도 됩니다).</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="105"/>
        <source>Refresh now</source>
        <translation>지금 새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="105"/>
        <source>Build digest now</source>
        <translation>지금 요약 만들기</translation>
    </message>
    <message>
        <source>No summary yet for this section.</source>
        <translation type="vanished">이 섹션에는 아직 요약이 없습니다.</translation>
    </message>
    <message>
        <source>Press **Build digest** to summarise the day (works offline too).</source>
        <translation type="vanished">**요약 만들기**를 누르면 이 날을 요약합니다 (오프라인에서도 됩니다).</translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="92"/>
        <source>Press **Regenerate** to try again.</source>
        <translation>**다시 만들기**를 눌러 다시 시도하세요.</translation>
    </message>
</context>
</TS>
