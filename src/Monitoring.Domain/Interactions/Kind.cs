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
}

public static class KindRules
{
    public static bool OpensCase(this Kind kind) => kind is Kind.Report or Kind.Complaint;
}
