namespace Monitoring.Domain.Telephony;

/// <summary>An agent id or extension as a call taker gives it at a desk, to have the calls that ring there pop on the screen.</summary>
public static class AgentIds
{
    public const string Rule = "an agent id is 1 to 64 letters, digits, '.', '_', '-', '@' or '+', as the telephony names the desk's phone.";

    public static bool IsWellFormed(string? text) =>
        text is { Length: > 0 and <= 64 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@' or '+');
}
