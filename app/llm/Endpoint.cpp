#include "llm/Endpoint.h"

#include "llm/WireFormat.h"

namespace llm {

namespace {

QString apiVersionPath(Provider provider)
{
    return provider == Provider::Gemini ? QStringLiteral("/v1beta") : QStringLiteral("/v1");
}

// The endpoint part a user may paste along with the base URL.
QString endpointSuffix(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI: return QStringLiteral("/chat/completions");
    case Provider::Anthropic: return QStringLiteral("/messages");
    case Provider::Gemini: return QString(); // the model is part of it: see below
    }
    return QString();
}

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QUrl normalizedBaseUrl(Provider provider, const QUrl &baseUrl)
{
    if (baseUrl.isEmpty())
        return defaultBaseUrl(provider);
    QUrl url = baseUrl;
    QString path = withoutTrailingSlashes(url.path());
    const QString suffix = endpointSuffix(provider);
    if (!suffix.isEmpty() && path.endsWith(suffix, Qt::CaseInsensitive))
        path = withoutTrailingSlashes(path.chopped(suffix.size()));
    if (provider == Provider::Gemini) {
        // ".../v1beta/models/gemini-1.5-flash:generateContent" -> ".../v1beta"
        const int models = path.lastIndexOf(QLatin1String("/models/"), -1, Qt::CaseInsensitive);
        if (models >= 0 && path.indexOf(QLatin1Char(':'), models) > models)
            path = withoutTrailingSlashes(path.left(models));
    }
    if (path.isEmpty())
        path = apiVersionPath(provider);
    url.setPath(path);
    return url;
}

QUrl normalizedBaseUrl(Provider provider, const QString &typed)
{
    const QString text = typed.trimmed();
    return normalizedBaseUrl(provider, text.isEmpty() ? QUrl() : QUrl(text));
}

QUrl endpointUrl(const Config &config)
{
    const QUrl base = normalizedBaseUrl(config.provider, config.baseUrl);
    switch (config.provider) {
    case Provider::OpenAI: return wire::joinUrl(base, QStringLiteral("chat/completions"));
    case Provider::Anthropic: return wire::joinUrl(base, QStringLiteral("messages"));
    case Provider::Gemini: {
        QString model = wire::effectiveModel(config);
        if (model.startsWith(QLatin1String("models/")))
            model.remove(0, 7); // the API lists models as "models/<name>"
        return wire::joinUrl(base, QStringLiteral("models/%1:generateContent").arg(model));
    }
    }
    return base;
}

} // namespace llm
