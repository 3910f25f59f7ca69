using System.Collections.Concurrent;

namespace Monitoring.Server.Logging;

/// <summary>
/// Every logger of the center, Akka's included, writes through here, so that no log line holds a caller's number: the
/// center's own lines name none, but the framework's do, where the center does not word them (a history read's request
/// line carries the number in its path; Akka names a caller's actor and its persistence id by the number). Numbers are
/// found and masked by <see cref="Domain.Callers.CallerNumbers.MaskIn"/>, in the message, its values, its scopes and the
/// exception, whatever the provider writes (the console, JSON, a collector).
/// </summary>
public sealed class MaskedLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new MaskedLogger(inner.CreateLogger(name)));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
