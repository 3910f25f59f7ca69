using LinqToDB.Mapping;

namespace Monitoring.Persistence.ReadModel;

/// <summary>The current summary of each case, for lists and the Sentinel. Times are UTC.</summary>
[Table("rm_case")]
public sealed class CaseRow
{
    [PrimaryKey, Column(Length = 32)] public string CaseId { get; set; } = "";
    [Column(Length = 16)] public string State { get; set; } = "";
    [Column(Length = 16)] public string Kind { get; set; } = "";
    [Column(Length = 32)] public string Category { get; set; } = "";
    [Column(Length = 2)] public string Priority { get; set; } = "";
    [Column(Length = 64)] public string AssignedUnitId { get; set; } = "";
    [Column(Length = 64)] public string ResponsibleUnitId { get; set; } = "";
    /// <summary>The chain from the assigned unit up, comma-separated, so "every case below a unit" is one LIKE.</summary>
    [Column(Length = 400)] public string UnitChain { get; set; } = "";
    [Column] public int EscalationLevel { get; set; }
    [Column] public int Alarms { get; set; }
    /// <summary>The number of the last alarm acknowledged (<see cref="Monitoring.Domain.Cases.CaseProgress.AlarmsAcknowledged"/>).</summary>
    [Column] public int AlarmsAcknowledged { get; set; }
    [Column] public bool OutOfCoverage { get; set; }
    [Column] public double Latitude { get; set; }
    [Column] public double Longitude { get; set; }
    [Column(Length = 500), Nullable] public string? Address { get; set; }
    [Column(Length = 2000)] public string Summary { get; set; } = "";
    [Column(Length = 20)] public string CallerNumber { get; set; } = "";
    [Column(Length = 40)] public string InteractionId { get; set; } = "";
    [Column] public DateTime ReceivedAt { get; set; }
    [Column, Nullable] public DateTime? AnsweredAt { get; set; }
    [Column] public DateTime OpenedAt { get; set; }
    [Column] public DateTime UpdatedAt { get; set; }
    [Column, Nullable] public DateTime? Deadline { get; set; }
    [Column(Length = 16), Nullable] public string? Awaiting { get; set; }
    [Column] public bool Open { get; set; }
    [Column] public long Version { get; set; }
    /// <summary>The acknowledge deadline set at the opening; null only on a row from before the column, until the upgrade
    /// fills it (<see cref="ReadModelDatabase"/>).</summary>
    [Column, Nullable] public DateTime? FirstDeadline { get; set; }
    /// <summary>How many numbers called about the case (<see cref="Monitoring.Domain.Cases.CaseProgress.Callers"/>).</summary>
    [Column] public int Callers { get; set; } = 1;
}

/// <summary>Every recorded interaction, a case or not.</summary>
[Table("rm_interaction")]
public sealed class InteractionRow
{
    [PrimaryKey, Column(Length = 40)] public string InteractionId { get; set; } = "";
    [Column(Length = 20)] public string CallerNumber { get; set; } = "";
    [Column(Length = 8)] public string Channel { get; set; } = "";
    [Column(Length = 16)] public string Kind { get; set; } = "";
    [Column(Length = 32), Nullable] public string? Category { get; set; }
    [Column(Length = 32), Nullable] public string? CaseId { get; set; }
    [Column(Length = 64), Nullable] public string? AssignedUnitId { get; set; }
    [Column(Length = 64), Nullable] public string? AgentId { get; set; }
    [Column, Nullable] public double? Latitude { get; set; }
    [Column, Nullable] public double? Longitude { get; set; }
    [Column] public DateTime ReceivedAt { get; set; }
    [Column, Nullable] public DateTime? AnsweredAt { get; set; }
    [Column] public DateTime RecordedAt { get; set; }
    [Column(DataType = LinqToDB.DataType.Text), Nullable] public string? Json { get; set; }
}

/// <summary>One row per milestone a case reached, with how long it took from the call; what response-time reports read.</summary>
[Table("rm_case_milestone")]
public sealed class MilestoneRow
{
    [PrimaryKey(0), Column(Length = 32)] public string CaseId { get; set; } = "";
    [PrimaryKey(1), Column(Length = 16)] public string Milestone { get; set; } = "";
    [Column] public DateTime At { get; set; }
    [Column] public double SecondsFromReceived { get; set; }
    [Column(Length = 2)] public string Priority { get; set; } = "";
    [Column(Length = 32)] public string Category { get; set; } = "";
    [Column(Length = 64)] public string AssignedUnitId { get; set; } = "";
    [Column(Length = 64)] public string PolresId { get; set; } = "";
    [Column(Length = 64), Nullable] public string? ByUnitId { get; set; }
    [Column(Length = 16), Nullable] public string? Detail { get; set; }
}

/// <summary>How far each projection has read the journal.</summary>
[Table("rm_offset")]
public sealed class OffsetRow
{
    [PrimaryKey, Column(Length = 32)] public string Projection { get; set; } = "";
    [Column] public long Offset { get; set; }
}

/// <summary>A journal event a projection could not write, set aside so that the events after it still reach the read
/// model; it says which event and why, for an operator to mend (the journal keeps the event itself).</summary>
[Table("rm_quarantine")]
public sealed class QuarantineRow
{
    [PrimaryKey(0), Column(Length = 32)] public string Projection { get; set; } = "";
    /// <summary>The event's number in the journal's ordering: the projection's offset when it was set aside.</summary>
    [PrimaryKey(1), Column] public long Ordering { get; set; }
    [Column(Length = 255)] public string PersistenceId { get; set; } = "";
    [Column] public long SequenceNr { get; set; }
    [Column(Length = 100)] public string EventType { get; set; } = "";
    [Column(Length = QuarantineRow.ErrorLength)] public string Error { get; set; } = "";
    [Column] public DateTime QuarantinedAt { get; set; }

    public const int ErrorLength = 2000;
}
