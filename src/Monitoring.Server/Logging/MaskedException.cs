using Monitoring.Domain.Callers;

namespace Monitoring.Server.Logging;

/// <summary>
/// An exception as a log writes it, when its text names a caller number (an actor's path does): the same text with the
/// numbers masked. Providers write an exception by its <see cref="ToString"/>, which here is the masked whole text with
/// its stack trace.
/// </summary>
internal sealed class MaskedException : Exception
{
    private readonly string _text;

    private MaskedException(string message, string text, Exception original) : base(message)
    {
        _text = text;
        HResult = original.HResult;
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;

    /// <summary>The exception itself when it names no number, so that one that does not is logged unchanged.</summary>
    public static Exception? Of(Exception? exception)
    {
        if (exception is null) return null;
        var text = exception.ToString();
        var masked = CallerNumbers.MaskIn(text);
        return masked == text ? exception : new MaskedException(CallerNumbers.MaskIn(exception.Message), masked, exception);
    }
}
