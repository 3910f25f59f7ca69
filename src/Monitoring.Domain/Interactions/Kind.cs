namespace Monitoring.Domain.Interactions;

/// <summary>What a contact was. Only reports and complaints open cases; every kind is recorded.</summary>
public enum Kind
{
    Information,
    Report,
    Complaint,
    /// <summary>The call taker judged it a prank.</summary>
    Prank,
    /// <summary>No one spoke.</summary>
    Silent,
    /// <summary>The call ended before anyone answered: recorded by the center from the telephony, a hang-up on the caller's
    /// record, never a case.</summary>
    Abandoned,
    /// <summary>Answered and ended with no form within the grace period: recorded by the center, for the call taker to
    /// classify afterwards.</summary>
    Unclassified,
}

public static class KindRules
{
    public static bool OpensCase(this Kind kind) => kind is Kind.Report or Kind.Complaint;

    /// <summary>The kinds the center records on its own from the telephony; a form never sends them, and a later filing of
    /// the same interaction with what the call really was takes their place.</summary>
    public static bool IsProvisional(this Kind kind) => kind is Kind.Abandoned or Kind.Unclassified;

    /// <summary>The kinds a call taker's form may name.</summary>
    public static readonly IReadOnlyList<Kind> Judged = [.. Enum.GetValues<Kind>().Where(k => !k.IsProvisional())];
}
