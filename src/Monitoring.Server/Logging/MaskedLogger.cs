using Monitoring.Domain.Callers;

namespace Monitoring.Server.Logging;

/// <summary>A logger that hands its providers the line with every caller number masked, and nothing of the original.</summary>
internal sealed class MaskedLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        inner.BeginScope(new MaskedState(CallerNumbers.MaskIn(state.ToString() ?? ""), state));

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel)) return;
        inner.Log(logLevel, eventId, new MaskedState(CallerNumbers.MaskIn(formatter(state, exception)), state), MaskedException.Of(exception),
            static (masked, _) => masked.Message);
    }
}
