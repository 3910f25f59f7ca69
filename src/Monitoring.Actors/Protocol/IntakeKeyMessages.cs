namespace Monitoring.Actors.Protocol;

/// <summary>Messages routed to the memory of one idempotency key (already scoped to the sign-in that sent it).</summary>
public interface IWithIntakeKey
{
    string Key { get; }
}

/// <summary>Ask to record under the key; the reply is <see cref="IntakeKeyReply"/>, held back while the first request is in flight.</summary>
public sealed record ClaimIntakeKey(string Key, string BodyHash) : IWithIntakeKey;

/// <summary>The first request under the key ended: its answer to give again, or none (it failed: the key is free again).</summary>
public sealed record CompleteIntakeKey(string Key, IntakeAnswer? Answer) : IWithIntakeKey;

/// <summary>What the first request answered, as sent.</summary>
public sealed record IntakeAnswer(int Status, string? Location, string Body);

public enum IntakeKeyVerdict
{
    /// <summary>The key is new: record the interaction, then complete the key.</summary>
    Proceed,
    /// <summary>The same body was recorded already: give <see cref="IntakeKeyReply.Answer"/> again.</summary>
    Answered,
    /// <summary>The key was used for another body.</summary>
    Mismatch,
}

public sealed record IntakeKeyReply(IntakeKeyVerdict Verdict, IntakeAnswer? Answer);
