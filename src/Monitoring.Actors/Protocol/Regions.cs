namespace Monitoring.Actors.Protocol;

/// <summary>Registry keys of the shard regions.</summary>
public sealed class CaseRegion;

public sealed class UnitRegion;

public sealed class CallerRegion;

public sealed class CallRegion;

public sealed class IntakeKeyRegion;

/// <summary>Registry key of this node's wall feed.</summary>
public sealed class WallFeedKey;

public sealed class AlertBoardKey;

/// <summary>Registry key of this node's board of live calls.</summary>
public sealed class CallBoardKey;
