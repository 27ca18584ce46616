<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppLauncher</name>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="64"/>
        <source>%1

To start afresh, pass another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="104"/>
        <source>Daily Insights is already open for this profile; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="109"/>
        <source>Daily Insights cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppLauncher.cpp" line="177"/>
        <source>The arXiv listings now feed the Papers edition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="57"/>
        <location filename="../ui/ArticleHtml.cpp" line="82"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleHtml.cpp" line="96"/>
        <source>Also reported by %n source(s):</source>
        <translation>
            <numerusform>Also reported by %n source:</numerusform>
            <numerusform>Also reported by %n sources:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="104"/>
        <source>Day %1 of this story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="105"/>
        <source>Earlier days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="135"/>
        <source>Category: your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="136"/>
        <source>Category: from imported history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="137"/>
        <source>Classified by the LLM, %1 % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="138"/>
        <source>Classified offline, %1 % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="141"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="183"/>
        <source>the page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="184"/>
        <source>Full text unavailable: %1 — showing the feed&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="193"/>
        <source>This article is very long; it is shown shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleHtml.cpp" line="194"/>
        <source>This article has no text in its feed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArxivListing</name>
    <message>
        <location filename="../app/feed/ArxivListing.cpp" line="93"/>
        <source>The arXiv listing %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/feed/ArxivListing.cpp" line="94"/>
        <source>The arXiv listing %1 is not a feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/feed/ArxivListing.cpp" line="101"/>
        <source>The arXiv listing %1 was only partly read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArxivMove</name>
    <message>
        <location filename="../app/service/ArxivMove.cpp" line="29"/>
        <source>This profile has no Papers edition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArxivMovePrompt</name>
    <message>
        <location filename="../ui/ArxivMovePrompt.cpp" line="21"/>
        <source>Move arXiv to Papers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArxivMovePrompt.cpp" line="22"/>
        <source>This profile&apos;s News edition has %n arXiv listing(s), which add hundreds of papers a day. Move them to the new Papers edition? Nothing is deleted; the papers already stored stay in News.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArxivMovePrompt.cpp" line="47"/>
        <source>The arXiv listings could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingText</name>
    <message>
        <location filename="../ui/BriefingText.cpp" line="23"/>
        <source>📌 Today&apos;s briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="31"/>
        <source>the stories most sources carry, in their own words (offline, no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="33"/>
        <source>imported history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="35"/>
        <source>by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="35"/>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BriefingText.cpp" line="37"/>
        <source>the model&apos;s briefing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/CategoryText.cpp" line="15"/>
        <source>AI business insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="16"/>
        <source>Funding, acquisitions, earnings, market strategy, products launched by AI companies, AI&apos;s effect on industries and jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="18"/>
        <source>LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="19"/>
        <source>Large language models: releases, capabilities, chatbots, prompting, agents built on LLMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="21"/>
        <source>Multimodal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="22"/>
        <source>Models that combine text, images, audio or video; vision-language models; text-to-image and text-to-video generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="24"/>
        <source>Computer Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="25"/>
        <source>Image and video understanding: detection, segmentation, recognition, 3D, visual tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="27"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="28"/>
        <source>Speech recognition, speech synthesis, voice cloning, music generation and other audio AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="30"/>
        <source>Reinforcement Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="31"/>
        <source>Reinforcement learning, reward models, RLHF, game-playing agents, policy optimisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="33"/>
        <source>Model training technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="34"/>
        <source>How models are trained: fine-tuning, distillation, data curation, optimisers, scaling laws, pre-training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="36"/>
        <source>Inference acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="37"/>
        <source>Making models run faster or cheaper: quantisation, inference engines, AI chips and GPUs, serving, on-device AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="39"/>
        <source>Robotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="40"/>
        <source>Robots, embodied AI, humanoids, autonomous vehicles and drones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="41"/>
        <source>AI safety &amp; policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="42"/>
        <source>AI safety, alignment, regulation, law, copyright, ethics, security and misuse of AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="44"/>
        <source>Research &amp; benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="45"/>
        <source>Research papers, benchmarks and evaluations, leaderboards, maths and reasoning results, scientific discovery with AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="47"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="48"/>
        <source>AI news that fits none of the other categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="50"/>
        <source>LLM &amp; NLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="51"/>
        <source>Language models and natural language processing: pre-training, instruction tuning, reasoning, agents, retrieval, translation, question answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="52"/>
        <source>Images and video: recognition, detection, segmentation, generation, 3D reconstruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="53"/>
        <source>Models that combine text with images, video or audio: vision-language models, multimodal reasoning and generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="54"/>
        <source>Speech &amp; Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="55"/>
        <source>Speech recognition and synthesis, music, sound and audio language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="56"/>
        <source>Reinforcement learning, reward modelling, RLHF, policy optimisation, bandits and planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="57"/>
        <source>Robotics &amp; Embodied AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="58"/>
        <source>Robots, manipulation, locomotion, navigation, embodied agents, vision-language-action models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="59"/>
        <source>Efficient training &amp; inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="60"/>
        <source>Making models cheaper: quantisation, pruning, distillation, sparsity, mixture of experts, serving, kernels, long context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="61"/>
        <source>Safety, alignment &amp; evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="62"/>
        <source>Alignment, safety, robustness, jailbreaks, interpretability, fairness, benchmarks and evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="63"/>
        <source>Theory &amp; optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="64"/>
        <source>Learning theory, optimisation methods, generalisation, scaling laws and mathematical analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="65"/>
        <source>Applications (science, health, code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="66"/>
        <source>AI applied to science, medicine and health, code generation, mathematics, chemistry, biology, climate and finance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryText.cpp" line="67"/>
        <source>Papers that fit no other category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryEditing</name>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="28"/>
        <location filename="../app/service/CategoryEditing.cpp" line="155"/>
        <location filename="../app/service/CategoryEditing.cpp" line="159"/>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="53"/>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="55"/>
        <source>&quot;%1&quot; is not a colour (use #rrggbb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="77"/>
        <source>A category named &quot;%1&quot; exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="149"/>
        <source>The article is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="152"/>
        <source>No such category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/CategoryEditing.cpp" line="174"/>
        <source>The change could not be saved to the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <location filename="../app/service/DigestService.cpp" line="38"/>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="39"/>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="40"/>
        <source>offline summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="41"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="43"/>
        <source>over today&apos;s LLM budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="48"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="150"/>
        <source>There is no such edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="164"/>
        <source>No articles are stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/DigestService.cpp" line="254"/>
        <source>Classifying %n article(s)</source>
        <translation>
            <numerusform>Classifying %n article</numerusform>
            <numerusform>Classifying %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="346"/>
        <source>Summarising %1/%2 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="475"/>
        <source>Writing the day&apos;s briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/DigestService.cpp" line="623"/>
        <source>the digest could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="45"/>
        <source>local model: not about AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="46"/>
        <source>local model: not about AI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="60"/>
        <source>local model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/digest/LocalClassifier.cpp" line="61"/>
        <source>local model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <location filename="../ui/EditionChoice.cpp" line="16"/>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionChoice.cpp" line="18"/>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionStore</name>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="93"/>
        <location filename="../app/storage/EditionStore.cpp" line="142"/>
        <source>An edition needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="98"/>
        <location filename="../app/storage/EditionStore.cpp" line="147"/>
        <source>There is already an edition named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="180"/>
        <source>No such edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="182"/>
        <source>The News edition cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/EditionStore.cpp" line="184"/>
        <source>The last edition cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="41"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="42"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="56"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="58"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="61"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="63"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/Backoff.cpp" line="64"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="121"/>
        <source>the server asked to wait until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="145"/>
        <source>invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="152"/>
        <location filename="../app/fetch/FetchErrors.cpp" line="39"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="24"/>
        <source>unsupported address scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="197"/>
        <location filename="../app/fetch/FetchErrors.cpp" line="36"/>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="41"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="23"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="216"/>
        <source>took longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="224"/>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="37"/>
        <source>larger than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="288"/>
        <source>timed out after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="314"/>
        <source>the connection closed after %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="343"/>
        <source>%1, asked to retry after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FeedFetcher.cpp" line="360"/>
        <source>the server asked to wait %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="12"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="15"/>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="14"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="16"/>
        <source>the server closed the connection early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="16"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="17"/>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="18"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="18"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="20"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="19"/>
        <source>secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="23"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="20"/>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="29"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="21"/>
        <source>proxy error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="32"/>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="31"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="22"/>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="43"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="25"/>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="49"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="26"/>
        <source>HTTP 401 (login required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="50"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="27"/>
        <source>HTTP 403 (forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="51"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="28"/>
        <source>HTTP 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="52"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="29"/>
        <source>HTTP 410 (the feed is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="53"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="30"/>
        <source>HTTP 429 (too many requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="54"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="31"/>
        <source>HTTP 503 (service unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/FetchErrors.cpp" line="55"/>
        <location filename="../app/fetch/StoredErrorText.cpp" line="32"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/LocalFeedFile.cpp" line="34"/>
        <source>not a regular file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="27"/>
        <source>redirect without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="32"/>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="42"/>
        <source>redirect to an invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="38"/>
        <source>refused redirect from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="46"/>
        <source>refused redirect from https to http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="52"/>
        <source>redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fetch/RedirectPolicy.cpp" line="57"/>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullText</name>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="46"/>
        <source>not an HTML page (no content type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="48"/>
        <source>not an HTML page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="55"/>
        <source>not an image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="58"/>
        <source>SVG images are not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="60"/>
        <source>the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="169"/>
        <source>the page could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="171"/>
        <source>the page is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="199"/>
        <source>the page could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="202"/>
        <source>the page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="214"/>
        <source>no main content was found (a paywall, a login or cookie wall, or not an article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="216"/>
        <source>no main content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/FullTextService.cpp" line="315"/>
        <source>the image could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HfDailyPapers</name>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="44"/>
        <source>The daily papers answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="48"/>
        <source>The daily papers answer is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="56"/>
        <source>The daily papers answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="62"/>
        <source>The daily papers answer is not a list of papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/feed/HfDailyPapers.cpp" line="70"/>
        <source>The daily papers answer has more than %1 entries; the rest were not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperIngest</name>
    <message>
        <location filename="../app/service/PaperIngest.cpp" line="45"/>
        <source>the papers and their articles differ in number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/PaperIngest.cpp" line="99"/>
        <source>the article of paper %1 was not found after saving it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperRanking</name>
    <message>
        <location filename="../app/feed/PaperRanking.cpp" line="101"/>
        <source>below the top %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSourceParser</name>
    <message>
        <location filename="../app/service/PaperSourceParser.cpp" line="68"/>
        <source>The daily papers answer is an HTML page, not the list of papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/PaperSourceParser.cpp" line="73"/>
        <source>Hugging Face daily papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/PaperSourceParser.cpp" line="77"/>
        <source>arXiv %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="25"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="26"/>
        <source>not modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="27"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="28"/>
        <source>partly parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="29"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="30"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="31"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="101"/>
        <source>the feed needs more memory than a feed may use; nothing of it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="104"/>
        <source>the feed could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="107"/>
        <source>the feed could not be read: unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/RefreshService.cpp" line="188"/>
        <source>waiting until %1 after %n failure(s): %2</source>
        <translation>
            <numerusform>waiting until %1 after %n failure: %2</numerusform>
            <numerusform>waiting until %1 after %n failures: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/RefreshService.cpp" line="320"/>
        <source>the articles could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>html::Sanitizer</name>
    <message numerus="yes">
        <location filename="../app/html/HtmlSanitizer.cpp" line="253"/>
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>Table shortened: %n more row not shown.</numerusform>
            <numerusform>Table shortened: %n more rows not shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/html/HtmlSanitizer.cpp" line="255"/>
        <source>Table shortened: some cells not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>html::WallDetector</name>
    <message numerus="yes">
        <location filename="../app/html/WallDetector.cpp" line="11"/>
        <source>no main content found (only %n word(s))</source>
        <translation>
            <numerusform>no main content found (only %n word)</numerusform>
            <numerusform>no main content found (only %n words)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/html/WallDetector.cpp" line="27"/>
        <source>no main content found (a paywall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/html/WallDetector.cpp" line="29"/>
        <source>no main content found (a login wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/html/WallDetector.cpp" line="31"/>
        <source>no main content found (a cookie wall)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service::ProfileClassifier</name>
    <message>
        <location filename="../app/service/ProfileClassifier.cpp" line="146"/>
        <source>No starting model is available; articles are classified without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="152"/>
        <source>The shipped classifier model was updated; this profile&apos;s model was rebuilt from it and %n stored example(s).</source>
        <translation>
            <numerusform>The shipped classifier model was updated; this profile&apos;s model was rebuilt from it and %n stored example.</numerusform>
            <numerusform>The shipped classifier model was updated; this profile&apos;s model was rebuilt from it and %n stored examples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="157"/>
        <source>The classifier model of this profile could not be read (%1); it was rebuilt from the shipped model and %n stored example(s).</source>
        <translation>
            <numerusform>The classifier model of this profile could not be read (%1); it was rebuilt from the shipped model and %n stored example.</numerusform>
            <numerusform>The classifier model of this profile could not be read (%1); it was rebuilt from the shipped model and %n stored examples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="164"/>
        <source>The classifier model of this profile was missing; it was rebuilt from the shipped model and %n stored example(s).</source>
        <translation>
            <numerusform>The classifier model of this profile was missing; it was rebuilt from the shipped model and %n stored example.</numerusform>
            <numerusform>The classifier model of this profile was missing; it was rebuilt from the shipped model and %n stored examples.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/ProfileClassifier.cpp" line="202"/>
        <source>The classifier&apos;s examples could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="230"/>
        <source>%n example(s) for a deleted category were skipped.</source>
        <translation>
            <numerusform>%n example for a deleted category was skipped.</numerusform>
            <numerusform>%n examples for a deleted category were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/service/ProfileClassifier.cpp" line="233"/>
        <source>%n stored example(s) for a deleted category were skipped.</source>
        <translation>
            <numerusform>%n stored example for a deleted category was skipped.</numerusform>
            <numerusform>%n stored examples for a deleted category were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/service/ProfileClassifier.cpp" line="246"/>
        <source>The classifier model could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service::SearchIndexBuilder</name>
    <message>
        <location filename="../app/service/SearchIndexBuilder.cpp" line="40"/>
        <source>The search index could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ActivityStatus</name>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="37"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="39"/>
        <source>Show what failed, per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="58"/>
        <source>Fetching %1/%2 sources · %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="64"/>
        <source>Classifying %1/%2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="65"/>
        <source>Summarising %1/%2 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="92"/>
        <source>Fetching full text %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="105"/>
        <source>Offline summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="106"/>
        <source>%1. Summaries are written by the built-in offline summariser; configure an LLM in Settings → LLM for model-written ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="113"/>
        <source>LLM %1/%2 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="120"/>
        <source>LLM use today: %1 of %2 requests, %3 of %4 tokens. The automatic digest builds stop there and leave the remaining sections offline (Settings → General).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ActivityStatus.cpp" line="148"/>
        <source>Sources that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityStatus.cpp" line="149"/>
        <source>%n source(s) could not be refreshed. Check the address in Settings → Sources, or try again later.</source>
        <translation>
            <numerusform>%n source could not be refreshed. Check the address in Settings → Sources, or try again later.</numerusform>
            <numerusform>%n sources could not be refreshed. Check the address in Settings → Sources, or try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AddSourceDialog</name>
    <message>
        <location filename="../ui/AddSourceDialog.cpp" line="15"/>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddSourceDialog.cpp" line="23"/>
        <source>Feed URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ArticlePane</name>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="55"/>
        <source>← Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="56"/>
        <source>Back to the section&apos;s summary (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="60"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="154"/>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="154"/>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="155"/>
        <source>Remove the star (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticlePane.cpp" line="155"/>
        <source>Keep this article in Starred (S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CategoriesSettingsTab</name>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Description (for the LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="37"/>
        <source>Keywords (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="43"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="44"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="45"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="46"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="56"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="59"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="75"/>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="75"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="83"/>
        <source>A category named &quot;%1&quot; exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="132"/>
        <source>Press OK to store this edition&apos;s changes (or Cancel) before you switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="207"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="83"/>
        <location filename="../ui/CategoriesSettingsTab.cpp" line="285"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CategoryListModel</name>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="20"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="23"/>
        <source>Not AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="24"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="53"/>
        <source>Not AI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="59"/>
        <source>Articles judged not about AI; left out of the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CategoryListModel.cpp" line="61"/>
        <source>Starred articles of every day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CategoryListModel.cpp" line="62"/>
        <source>%1 unread of %n article(s)</source>
        <translation>
            <numerusform>%1 unread of %n article</numerusform>
            <numerusform>%1 unread of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="94"/>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="95"/>
        <source>Pie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="96"/>
        <source>Trend, 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="97"/>
        <source>Trend, 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="102"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="296"/>
        <source>Articles per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="349"/>
        <location filename="../ui/ChartPanel.cpp" line="376"/>
        <source>No classified articles for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="355"/>
        <source>Share of the day&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartPanel.cpp" line="382"/>
        <source>Articles per category, last %n day(s)</source>
        <translation>
            <numerusform>Articles per category, last %n day</numerusform>
            <numerusform>Articles per category, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="411"/>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DayNavigator</name>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="37"/>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="39"/>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="40"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="45"/>
        <source>Pick a day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="108"/>
        <source>Articles, no digest built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="112"/>
        <source>Digest built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="122"/>
        <source>&lt;b&gt;Bold&lt;/b&gt;: articles &amp;nbsp; &lt;b&gt;&lt;u&gt;&lt;span style=&quot;color:%1&quot;&gt;Underlined&lt;/span&gt;&lt;/u&gt;&lt;/b&gt;: digest built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DayNavigator.cpp" line="133"/>
        <source>No day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EditionDialog</name>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="17"/>
        <source>Add edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="17"/>
        <source>Edit edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="20"/>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="21"/>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="25"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="28"/>
        <source>Daily Artificial Intelligence Insights : &lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="30"/>
        <source>derived from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="32"/>
        <source>the profile&apos;s summary language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="35"/>
        <source>&amp;Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="36"/>
        <source>&amp;Top N articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="37"/>
        <source>T&amp;itle line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="38"/>
        <source>&amp;File prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionDialog.cpp" line="39"/>
        <source>Summary &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EditionsSettingsTab</name>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="25"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="26"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="26"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="31"/>
        <source>Editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="40"/>
        <source>Remove edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="42"/>
        <source>An edition is a digest of its own: its sources, categories, summaries and exports. Switch between them above the category list (Ctrl+1, Ctrl+2 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="73"/>
        <source>papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="73"/>
        <source>news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="74"/>
        <source>%1 (%2, top %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="75"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="77"/>
        <source>— added on OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="114"/>
        <location filename="../ui/EditionsSettingsTab.cpp" line="138"/>
        <source>An edition needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="119"/>
        <location filename="../ui/EditionsSettingsTab.cpp" line="143"/>
        <source>An edition named &quot;%1&quot; exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="133"/>
        <source>Choose an edition first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="162"/>
        <source>Remove the edition &quot;%1&quot;? It is not stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="169"/>
        <source>Remove the edition &quot;%1&quot;? Pressing OK deletes its %2, its categories, its %3 and their summaries and briefings. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EditionsSettingsTab.cpp" line="171"/>
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EditionsSettingsTab.cpp" line="171"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="180"/>
        <source>The News edition cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditionsSettingsTab.cpp" line="184"/>
        <source>The last edition cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>The shown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>Days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="29"/>
        <source>Start with the day&apos;s briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <location filename="../ui/ExportDialog.cpp" line="84"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>The Markdown file opens with the briefing section; HTML and JSON always lead with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="45"/>
        <source>The shown day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="53"/>
        <source>Markdown + chart PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="54"/>
        <source>HTML (chart embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="55"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="66"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="71"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="78"/>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="80"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="82"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="97"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="122"/>
        <source>Cannot use the folder &quot;%1&quot;: choose one you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148"/>
        <source>%1: nothing written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="153"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="155"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="158"/>
        <source>No day with articles in that range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ExternalLinks</name>
    <message>
        <location filename="../ui/ExternalLinks.cpp" line="32"/>
        <source>Only http(s) links are opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExternalLinks.cpp" line="35"/>
        <source>Could not start the web browser for %1</source>
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
        <location filename="../ui/GeneralSettingsTab.cpp" line="18"/>
        <source>Build the digest after each refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="32"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="41"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="42"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="46"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="53"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="57"/>
        <source>The days that got new articles are classified and summarised offline at once, then through the LLM (when one is configured) within the daily budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="62"/>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="68"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="70"/>
        <source>What the automatic digest builds may use of the LLM per day; past it, sections stay offline and say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="74"/>
        <source>Time zone (decides an article&apos;s day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="75"/>
        <source>Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="78"/>
        <source>LLM budget per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GeneralSettingsTab.cpp" line="80"/>
        <source>Interface language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::KeyOriginPrompt</name>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="14"/>
        <source>Send the API key elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyOriginPrompt.cpp" line="15"/>
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
    <name>ui::LlmNotice</name>
    <message>
        <location filename="../ui/LlmNotice.cpp" line="25"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmNotice.cpp" line="46"/>
        <source>Open budget settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmNotice.cpp" line="46"/>
        <source>Open LLM settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LlmSettingsTab</name>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="27"/>
        <source>Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="28"/>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="29"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="49"/>
        <source>None (offline summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="50"/>
        <source>OpenAI-compatible (OpenAI, Ollama, vLLM, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="55"/>
        <location filename="../ui/LlmSettingsTab.cpp" line="57"/>
        <source>empty = the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="70"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="75"/>
        <source>paste a new key to store it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="98"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="99"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="101"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="102"/>
        <source>Summary language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="103"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="104"/>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="105"/>
        <source>Parallel requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="106"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="166"/>
        <source>Requests go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="191"/>
        <source>No provider: digests use the offline classifier and summariser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="195"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="203"/>
        <source>A key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="206"/>
        <source>No key stored. Local servers (Ollama, llama.cpp) need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="238"/>
        <source>The key was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="271"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="280"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LlmSettingsTab.cpp" line="280"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <location filename="../ui/MainWindowActions.cpp" line="341"/>
        <source>Daily Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSearch.cpp" line="31"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>There are no sources yet. Add feeds in **Settings → Sources** (or import an OPML file there), then press **Refresh**.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Starred (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>No starred articles yet. Press **S** on an article, or its star button, to keep it here for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Articles you starred, from every day, newest first. Select one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Nothing to read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Fetching the sources… New articles appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Nothing to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>The digest for %1 is being built: its articles are being sorted into categories and summarised…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>The digest for %1 is not built yet: %n article(s) wait to be sorted into categories and summarised. Press **Build digest** (works offline too).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>Not AI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>These articles were judged not to be about AI and are left out of the digest. Move one to a category (right-click) if that was wrong; your choice is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>%n AI article(s) on this day.</source>
        <translation>
            <numerusform>%n AI article on this day.</numerusform>
            <numerusform>%n AI articles on this day.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Select a category to read its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>No articles for this day. Press **Refresh** to fetch the sources, or pick another day with **Alt+←**, **Alt+→** or the calendar (**Ctrl+G**).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>None of the day&apos;s articles is about AI: there is nothing to summarise. They are listed under **Not AI**.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>There were no articles in this category on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>This section is being summarised…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>over today&apos;s LLM budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>Source [%1] is not in this section&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <location filename="../ui/MainWindowActions.cpp" line="255"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>&amp;Build digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="64"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="66"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="68"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="72"/>
        <source>&amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="74"/>
        <source>&amp;Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="78"/>
        <source>Pick a day in the &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="80"/>
        <source>Re&amp;generate this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="82"/>
        <source>C&amp;hart type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="84"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="123"/>
        <source>Search all days (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="152"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="161"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="171"/>
        <source>&amp;Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="174"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="177"/>
        <source>&amp;About Daily Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="178"/>
        <source>About Daily Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="179"/>
        <source>Daily Insights %1
Daily AI-news digests by category, readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="205"/>
        <source>Fetched articles could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="231"/>
        <source>%n section(s) of %1 stayed offline: over today&apos;s LLM budget</source>
        <translation>
            <numerusform>%n section of %1 stayed offline: over today&apos;s LLM budget</numerusform>
            <numerusform>%n sections of %1 stayed offline: over today&apos;s LLM budget</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="255"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="288"/>
        <source>Every source failed: check the network connection or proxy, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="291"/>
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>%n source failed</numerusform>
            <numerusform>%n sources failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="294"/>
        <source>Refresh cancelled; what arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="295"/>
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="309"/>
        <source>The digest could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="315"/>
        <source>Digest ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="315"/>
        <source>The digest for %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="343"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="435"/>
        <source>Could not mark the article as read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="436"/>
        <source>Could not mark the article as unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="454"/>
        <source>Could not save the star: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="468"/>
        <source>Not AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="471"/>
        <source>Move to category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="472"/>
        <source>Category (kept as your choice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="489"/>
        <source>Could not move the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="36"/>
        <source>&amp;Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="38"/>
        <source>&amp;Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="40"/>
        <source>Next &amp;unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="42"/>
        <source>Previous u&amp;nread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="44"/>
        <source>Next &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="46"/>
        <source>Previous c&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="48"/>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="53"/>
        <source>&amp;Star / unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="57"/>
        <source>&amp;Mark read / unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="61"/>
        <source>Mark &amp;day read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="63"/>
        <source>&amp;Back to summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="65"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="71"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="93"/>
        <location filename="../ui/MainWindowReader.cpp" line="112"/>
        <source>That article is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="185"/>
        <source>No more unread articles this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="186"/>
        <source>This is the last article of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="187"/>
        <source>This is the first article of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowReader.cpp" line="210"/>
        <source>Could not mark the day as read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowEditions.cpp" line="29"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowEditions.cpp" line="30"/>
        <source>The digest shown: its days, categories and summaries (Ctrl+1, Ctrl+2 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowEditions.cpp" line="119"/>
        <source>%n article(s) of this day are left out of the %1 digest:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SearchFilters</name>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="39"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="40"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="43"/>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="43"/>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="52"/>
        <source>Only days from this date on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="53"/>
        <source>Only days up to this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="54"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="55"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="73"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="77"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="81"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="68"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchFilters.cpp" line="112"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SearchIndexStatus</name>
    <message>
        <location filename="../ui/SearchIndexStatus.cpp" line="21"/>
        <source>Search may miss older articles until then; the next start tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchIndexStatus.cpp" line="33"/>
        <source>Building the search index: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SearchPanel</name>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="32"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="46"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="68"/>
        <location filename="../ui/SearchPanel.cpp" line="139"/>
        <source>Type to search every day&apos;s articles and summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="169"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="181"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="186"/>
        <source>Category summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="189"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="197"/>
        <source>No results for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchPanel.cpp" line="199"/>
        <source>The first %n result(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>The first %n result for &quot;%1&quot;</numerusform>
            <numerusform>The first %n results for &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="203"/>
        <source>The search index is still being built (%1 %); older articles may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="238"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="238"/>
        <source>(not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="239"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPanel.cpp" line="244"/>
        <location filename="../ui/SearchPanel.cpp" line="252"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchPanel.cpp" line="201"/>
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
        <location filename="../ui/SettingsDialog.cpp" line="23"/>
        <location filename="../ui/SettingsDialog.cpp" line="61"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="25"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="28"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>Editions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="27"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="27"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="59"/>
        <source>%1 (in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="60"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SourceListModel</name>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="106"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourceListModel.cpp" line="109"/>
        <source>%1 — also reported by %n source(s)</source>
        <translation>
            <numerusform>%1 — also reported by %n source</numerusform>
            <numerusform>%1 — also reported by %n sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="146"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="146"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="168"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="170"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="172"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourceListModel.cpp" line="174"/>
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
        <location filename="../ui/SourcesSettingsTab.cpp" line="68"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="69"/>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="69"/>
        <source>Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="71"/>
        <source>Load images (fetched once, then shown offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <location filename="../ui/SourcesSettingsTab.cpp" line="126"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Feed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="86"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="107"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="110"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="125"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="127"/>
        <source>Automatic (when the feed&apos;s text is short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="128"/>
        <source>Fetch each article&apos;s page and keep its main text for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="131"/>
        <source>Full article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="153"/>
        <source>Import sources from OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="158"/>
        <source>Export sources as OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="226"/>
        <source>added when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="228"/>
        <source>failing (%n time(s))</source>
        <translation>
            <numerusform>failing (%n time)</numerusform>
            <numerusform>failing (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="231"/>
        <source>ok, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="233"/>
        <source>not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="254"/>
        <source>No sources yet: add a feed URL to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="256"/>
        <source>%n source(s) failing; the last error says why.</source>
        <translation>
            <numerusform>%n source failing; the last error says why.</numerusform>
            <numerusform>%n sources failing; the last error says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="258"/>
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n source.</numerusform>
            <numerusform>%n sources.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="270"/>
        <source>&quot;%1&quot; is not an http, https or file URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="274"/>
        <source>Already subscribed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="374"/>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="409"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="411"/>
        <source>Nothing imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="428"/>
        <source>Read %1: %n source(s) to add when you press OK</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="477"/>
        <source>Reading options (select a source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="482"/>
        <source>Reading options for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="490"/>
        <source>Full text: %1 fetched, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="388"/>
        <source>Sources cannot be changed: the profile is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="393"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n source(s) added</source>
        <translation type="vanished">
            <numerusform>Imported %1: %n source added</numerusform>
            <numerusform>Imported %1: %n sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="429"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="456"/>
        <source>Daily Insights sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SourcesSettingsTab.cpp" line="458"/>
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>Exported %n source to %1.</numerusform>
            <numerusform>Exported %n sources to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SourcesSettingsTab.cpp" line="459"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SummaryView</name>
    <message>
        <location filename="../ui/SummaryView.cpp" line="18"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="26"/>
        <source>Write this section&apos;s summary again (Alt+R, Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="58"/>
        <source>The summary could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="61"/>
        <source>offline summary (no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="63"/>
        <source>imported history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="65"/>
        <source>by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="65"/>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="67"/>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="69"/>
        <source>%1 tokens in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="77"/>
        <source>No summary yet for this section. Press **Build digest** to summarise the day (works offline too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="105"/>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="105"/>
        <source>Build digest now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SummaryView.cpp" line="92"/>
        <source>Press **Regenerate** to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
