using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Cases;

/// <summary><c>Monitoring:Sla:&lt;P1|P2|P3&gt;:&lt;Acknowledge|Dispatch|OnScene|Resolve&gt;</c>, each measured from the opening.</summary>
public sealed class SlaOptions
{
    public SlaTargetOptions P1 { get; set; } = new(SlaPolicy.Default.P1);

    public SlaTargetOptions P2 { get; set; } = new(SlaPolicy.Default.P2);

    public SlaTargetOptions P3 { get; set; } = new(SlaPolicy.Default.P3);

    public SlaPolicy ToPolicy() => new(P1.ToTargets(), P2.ToTargets(), P3.ToTargets());
}

public sealed class SlaTargetOptions
{
    public SlaTargetOptions()
    {
    }

    public SlaTargetOptions(SlaTargets defaults)
    {
        Acknowledge = defaults.Acknowledge;
        Dispatch = defaults.Dispatch;
        OnScene = defaults.OnScene;
        Resolve = defaults.Resolve;
    }

    public TimeSpan Acknowledge { get; set; }

    public TimeSpan Dispatch { get; set; }

    public TimeSpan OnScene { get; set; }

    public TimeSpan Resolve { get; set; }

    public SlaTargets ToTargets() => new(Acknowledge, Dispatch, OnScene, Resolve);
}
