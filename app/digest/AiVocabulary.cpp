#include "digest/AiVocabulary.h"

namespace digest {

namespace {

QList<WeightedTerm> build()
{
    struct Row { const char *term; double weight; };
    static const Row rows[] = {
        // The field itself.
        {"artificial intelligence", 4}, {"ai", 3}, {"a.i.", 3}, {"genai", 4},
        {"generative ai", 4}, {"machine learning", 4}, {"deep learning", 4},
        {"neural network", 4}, {"neural net", 4}, {"neural", 2},
        {"large language model", 4}, {"language model", 4}, {"llm", 4},
        {"foundation model", 4}, {"frontier model", 4}, {"reasoning model", 3},
        {"chatbot", 3}, {"transformer model", 3}, {"diffusion model", 4},
        {"computer vision", 3}, {"reinforcement learning", 4}, {"rlhf", 4},
        {"speech recognition", 2}, {"text-to-speech", 2}, {"text-to-image", 3},
        {"text-to-video", 3}, {"multimodal", 2}, {"agentic", 3}, {"ai agent", 4},
        {"deepfake", 3}, {"embedding", 1}, {"fine-tuning", 2.5}, {"fine-tuned", 2.5},
        {"fine-tune", 2.5}, {"finetuning", 2.5}, {"lora", 3}, {"distillation", 1.5},
        {"distilled", 1}, {"generative", 2.5}, {"ai-generated", 4}, {"ai-powered", 4},
        {"video generation", 3}, {"image generation", 3}, {"music generation", 3},
        {"audio generation", 3}, {"speech synthesis", 3}, {"voice cloning", 3},
        {"synthetic voice", 3}, {"synthetic voices", 3}, {"synthetic media", 3},
        {"facial recognition", 2.5}, {"face recognition", 2.5}, {"tokenizer", 2},
        {"tokenizers", 2}, {"open-weight", 3}, {"open weights", 3}, {"model weights", 3},
        {"reward model", 3}, {"imitation learning", 3}, {"embodied", 2}, {"parameters", 1},
        {"demonstrations", 1}, {"learns", 0.5}, {"learn", 0.5}, {"trained", 1},
        {"speculative decoding", 3}, {"kv cache", 3}, {"draft model", 2},
        {"vision transformer", 3}, {"vision transformers", 3}, {"7b", 2}, {"8b", 2}, {"13b", 2}, {"70b", 2}, {"405b", 2},
        {"humanoid", 2}, {"robot", 1.5}, {"robotics", 2}, {"self-driving", 2},
        {"autonomous driving", 2}, {"robotaxi", 2}, {"vision-language", 3},
        {"object detection", 2}, {"image recognition", 2}, {"pretraining", 2},
        {"pre-training", 1}, {"pretrained", 2}, {"quantization", 2},
        {"quantisation", 2}, {"quantized", 1.5}, {"segmentation", 1},
        {"mixture-of-experts", 3}, {"mixture of experts", 3}, {"scaling law", 2}, {"inference", 0.5}, {"model", 0.5}, {"training", 0.5},
        {"benchmark", 0.5}, {"dataset", 0.5}, {"gpu", 1}, {"nvidia", 1},
        {"agent", 0.5}, {"prompt", 0.5}, {"token", 0.5}, {"alignment", 0.5},
        // Labs, products and model names.
        {"openai", 4}, {"anthropic", 4}, {"deepmind", 4}, {"hugging face", 4},
        {"huggingface", 4}, {"chatgpt", 4}, {"gpt", 3}, {"claude", 2},
        {"gemini", 1.5}, {"llama", 1.5}, {"mistral", 1.5}, {"mixtral", 3},
        {"copilot", 2}, {"midjourney", 4}, {"stable diffusion", 4}, {"sora", 1.5},
        {"dall-e", 4}, {"qwen", 3}, {"deepseek", 4}, {"perplexity", 1},
        {"xai", 2}, {"grok", 2}, {"whisper", 1}, {"alphafold", 4}, {"alphago", 4},
        {"pytorch", 3}, {"tensorflow", 3}, {"vllm", 3}, {"llama.cpp", 4},
        {"ollama", 4}, {"cuda", 1},
        // Korean.
        {"인공지능", 4}, {"딥러닝", 4}, {"머신러닝", 4}, {"기계학습", 4},
        {"생성형", 4}, {"생성 ai", 4}, {"챗gpt", 4}, {"챗봇", 3},
        {"거대언어모델", 4}, {"대규모 언어모델", 4}, {"대형 언어모델", 4},
        {"언어모델", 4}, {"언어 모델", 4}, {"신경망", 3}, {"오픈ai", 4},
        {"오픈에이아이", 4}, {"앤트로픽", 4}, {"딥마인드", 4}, {"강화학습", 3},
        {"강화 학습", 3}, {"자율주행", 2}, {"휴머노이드", 2}, {"로봇", 1.5},
        {"딥페이크", 3}, {"멀티모달", 3}, {"컴퓨터 비전", 3}, {"음성인식", 2},
        {"음성 인식", 2}, {"파인튜닝", 2}, {"미세조정", 1}, {"엔비디아", 1},
        {"추론", 0.5}, {"모델", 0.5}, {"학습", 0.5}, {"에이전트", 0.5},
        {"반도체", 0.5}, {"양자화", 1.5}, {"전문가 혼합", 2}, {"gpu", 1}, {"클로드", 2}, {"제미나이", 2}, {"라마", 0.5},
        {"생성 모델", 3}, {"미세 조정", 2}, {"영상 생성", 3}, {"이미지 생성", 3}, {"음성 합성", 3},
        {"얼굴 인식", 2.5}, {"안면 인식", 2.5}, {"증류", 1}, {"매개변수", 1}, {"파라미터", 1},
        {"파운데이션 모델", 4}, {"초거대", 3}, {"하이퍼클로바", 4}, {"엑사원", 4},
    };
    QList<WeightedTerm> terms;
    for (const Row &row : rows)
        terms.append({QString::fromUtf8(row.term), row.weight});
    return terms;
}

} // namespace

const QList<WeightedTerm> &aiGateTerms()
{
    static const QList<WeightedTerm> terms = build();
    return terms;
}

const QStringList &aiFalseFriends()
{
    static const QStringList phrases = [] {
        QStringList list;
        for (const char *p : {
                 "model railway", "model railroad", "model train", "scale model",
                 "model kit", "business model", "data model", "object model",
                 "memory model", "threading model", "pricing model", "role model",
                 "model year", "model s", "model 3", "model y",
                 "real estate agent", "estate agent", "travel agent", "free agent",
                 "secret agent", "user agent", "user-agent", "ssh agent", "ssh-agent",
                 "build agent", "agent-based", "power transformer", "transformers (film",
                 "step-down transformer", "transformer substation", "type inference",
                 "statistical inference", "causal inference", "command prompt",
                 "shell prompt", "prompt payment", "access token", "auth token",
                 "bearer token", "token bucket", "training camp", "spring training",
                 "training session", "gemini constellation", "gemini program",
                 "llama farm", "부동산 에이전트", "모델하우스",
                 "모델 하우스", "변압기", "프라모델", "철도 모형"}) {
            list.append(QString::fromUtf8(p));
        }
        return list;
    }();
    return phrases;
}

} // namespace digest
